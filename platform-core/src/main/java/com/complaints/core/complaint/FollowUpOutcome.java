package com.complaints.core.complaint;

public enum FollowUpOutcome {
    SATISFIED,
    DISSATISFIED,
    UNREACHABLE
}
