package com.complaints.core.tenancy;

import java.time.ZoneId;

/**
 * Published inside the transaction that creates a tenant, with the new tenant bound: listeners seed the
 * tenant's defaults (departments, counters) in the same transaction, so a tenant never exists half-made.
 */
public record TenantProvisioned(String tenantId, SupportedLocale locale, ZoneId timeZone) {
}
