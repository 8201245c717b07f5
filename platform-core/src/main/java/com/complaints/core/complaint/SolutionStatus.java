package com.complaints.core.complaint;

public enum SolutionStatus {
    PROPOSED,
    ACCEPTED,
    REJECTED
}
