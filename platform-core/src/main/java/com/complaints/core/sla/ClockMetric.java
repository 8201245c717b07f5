package com.complaints.core.sla;

public enum ClockMetric {
    FIRST_CONTACT,
    PROGRESS_FEEDBACK,
    RESOLUTION,
    FOLLOW_UP,
    HANDOVER_ACKNOWLEDGEMENT
}
