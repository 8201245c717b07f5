package com.complaints.core.complaint;

public enum Urgency {
    NORMAL,
    URGENT
}
