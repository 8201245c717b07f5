package com.complaints.core.tenancy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reserved tenant of the platform operators. A token of this tenant may carry the PLATFORM_OPERATOR role;
 * no complaint data ever belongs to it, and no customer tenant may take its slug.
 */
@Component
public class PlatformTenant {

    private final String slug;

    public PlatformTenant(@Value("${complaints.security.platform-tenant:platform}") String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public boolean is(String tenant) {
        return slug.equals(tenant);
    }
}
