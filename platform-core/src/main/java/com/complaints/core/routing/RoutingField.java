package com.complaints.core.routing;

/** What a routing condition looks at. */
enum RoutingField {
    /** the triage category, e.g. PRODUCT_QUALITY */
    CATEGORY,
    /** PRODUCT or SERVICE */
    SUBJECT_TYPE,
    /** the product or service: its name contains a value, or its reference equals one (case-insensitive) */
    PRODUCT,
    /** the channel key, e.g. phone, web */
    CHANNEL,
    /** region code prefixes: 31 covers 310115 */
    REGION,
    /** NORMAL or URGENT */
    URGENCY,
    /** words and phrases in the description: whole words for English, substrings for Chinese */
    KEYWORDS
}
