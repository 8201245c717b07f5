package com.complaints.core.measure;

/** What a measure answers: an anomaly, a recurring problem, a report figure, or a set of cases. */
enum FindingType {
    ANOMALY,
    RECURRING,
    REPORT,
    CASES
}
