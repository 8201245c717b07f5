package com.complaints.plugin.api;

/** Whether a complaint concerns a product or a service. */
public enum SubjectType {
    PRODUCT,
    SERVICE
}
