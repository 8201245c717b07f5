package com.complaints.core.tenancy;

import java.time.Instant;

public record TenantView(String slug, String displayName, String timeZone, String locale, TenantStatus status,
                         Instant createdAt) {

    static TenantView of(Tenant t) {
        return new TenantView(t.slug(), t.displayName(), t.timeZone().getId(), t.locale().tag(), t.status(),
                t.createdAt());
    }
}
