package com.complaints.core.complaint;

public enum Complexity {
    SIMPLE,
    GENERAL,
    COMPLEX
}
