package com.complaints.core.tenancy;

/**
 * No identity provider to tell: the development token issuer signs a token for any tenant, and an identity provider
 * configured without provisioning ({@code complaints.identity.keycloak.url} unset) is managed by hand, as the README
 * describes.
 */
class SelfIssuedTenantIdentities implements TenantIdentities {

    @Override
    public void ensure(String slug, String displayName) {
        // nothing to create
    }
}
