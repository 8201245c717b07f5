package com.complaints.core.privacy;

/** What was done with a case's personal data. */
public enum AccessAction {
    /** A reader revealed the consumer's contact details of one case. */
    REVEAL,
    /** An attachment of the case was downloaded. */
    DOWNLOAD,
    /** The case was part of a consumer's data export (a reason is required). */
    EXPORT,
    /** Cases were looked up by a consumer's phone or e-mail (a reason is required). */
    LOOKUP,
    /** The consumer's identity was erased on the consumer's request. */
    ERASURE,
    /** The consumer's identity was erased by the retention policy. */
    RETENTION
}
