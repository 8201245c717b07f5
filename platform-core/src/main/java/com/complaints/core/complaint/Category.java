package com.complaints.core.complaint;

public enum Category {
    PRODUCT_QUALITY,
    PRODUCT_PERFORMANCE,
    SERVICE_ATTITUDE,
    SERVICE_PROCESS,
    LEGAL_DISPUTE,
    OTHER
}
