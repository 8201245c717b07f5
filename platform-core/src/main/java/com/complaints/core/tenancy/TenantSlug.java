package com.complaints.core.tenancy;

import java.util.regex.Pattern;

/** Tenant slugs: the tenant's id everywhere ({@code tenant_id} columns, tokens, public URLs). */
public final class TenantSlug {

    public static final String REGEX = "[a-z0-9-]{2,40}";
    private static final Pattern FORMAT = Pattern.compile(REGEX);

    private TenantSlug() {
    }

    public static boolean isValid(String slug) {
        return slug != null && FORMAT.matcher(slug).matches();
    }
}
