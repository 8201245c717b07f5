package com.complaints.core.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which claims of an access token carry what.
 *
 * @param tenantClaim       claim with the tenant slug (a string, or a one-element list)
 * @param organizationClaim when set (e.g. {@code organization} of Keycloak 26 Organizations), the tenant may come
 *                          from this claim instead: a string, a list, or an object whose keys are organization aliases
 * @param rolesClaim        claim with the role names (list or comma-separated string); dotted paths such as
 *                          {@code realm_access.roles} are followed
 * @param departmentClaim   claim with the department code(s) the user works in
 * @param userClaim         claim naming the user as the platform records them (assignee, audit, department member):
 *                          {@code sub} by default; {@code preferred_username} with Keycloak, whose subjects are
 *                          generated ids an administrator cannot type
 */
@ConfigurationProperties("complaints.security.claims")
public record TokenClaimsProperties(String tenantClaim, String organizationClaim, String rolesClaim,
                                    String departmentClaim, String userClaim) {

    public TokenClaimsProperties {
        tenantClaim = tenantClaim == null || tenantClaim.isBlank() ? "tenant" : tenantClaim;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        departmentClaim = departmentClaim == null || departmentClaim.isBlank() ? "department" : departmentClaim;
        organizationClaim = organizationClaim == null || organizationClaim.isBlank() ? null : organizationClaim;
        userClaim = userClaim == null || userClaim.isBlank() ? "sub" : userClaim;
    }
}
