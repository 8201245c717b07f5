package com.complaints.core.tenancy;

/**
 * The identity provider's side of a tenant: the place its staff sign in to. Asked before a tenant is written, so that
 * a tenant never exists without a place to sign in to.
 */
public interface TenantIdentities {

    /**
     * Makes sure the identity provider knows the tenant: creates its organization, or links to the existing one of
     * that alias. Idempotent.
     *
     * @throws com.complaints.core.shared.BackendUnavailableException ({@code identity-unavailable}) when the identity
     *         provider cannot be reached or refuses the platform's service account
     * @throws com.complaints.core.shared.ConflictException ({@code identity-organization-conflict}) when another
     *         organization already carries the tenant's display name
     */
    void ensure(String slug, String displayName);
}
