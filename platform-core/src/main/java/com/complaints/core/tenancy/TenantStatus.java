package com.complaints.core.tenancy;

public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
