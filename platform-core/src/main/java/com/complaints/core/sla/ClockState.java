package com.complaints.core.sla;

public enum ClockState {
    RUNNING,
    PAUSED,
    MET,
    BREACHED,
    /** No longer applies (case withdrawn or rejected, re-triaged into another class, transfer superseded). */
    CANCELLED;

    boolean isOpen() {
        return this == RUNNING || this == PAUSED;
    }
}
