package com.complaints.core.complaint;

public enum ComplaintStatus {
    RECEIVED,
    TRIAGED,
    ASSIGNED,
    IN_PROGRESS,
    SOLUTION_PROPOSED,
    RESOLVED,
    FOLLOW_UP_PENDING,
    CLOSED,
    REOPENED,
    REJECTED,
    WITHDRAWN,
    /** Closed as a duplicate of another (primary) case, which carries on. */
    MERGED;

    /** Ended for good: nothing but reading is left to do. */
    public boolean isTerminal() {
        return this == REJECTED || this == WITHDRAWN || this == MERGED;
    }
}
