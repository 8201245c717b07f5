package com.complaints.core.security;

import java.util.List;
import java.util.Set;

/**
 * Who is calling: the tenant and user from the token, the roles it grants and the department codes it names.
 */
public record StaffPrincipal(String tenant, String userId, Set<Role> roles, List<String> departmentCodes) {

    public StaffPrincipal {
        roles = Set.copyOf(roles);
        departmentCodes = List.copyOf(departmentCodes);
    }

    /** SUPERVISOR and TENANT_ADMIN see every complaint of their tenant. */
    public boolean seesWholeTenant() {
        return roles.contains(Role.SUPERVISOR) || roles.contains(Role.TENANT_ADMIN);
    }

    /** Whether the token grants the role, directly or through one that includes it (as the URL rules see it). */
    public boolean has(Role role) {
        return switch (role) {
            case AGENT -> roles.contains(Role.AGENT) || roles.contains(Role.SUPERVISOR) || roles.contains(Role.TENANT_ADMIN);
            case SUPERVISOR -> roles.contains(Role.SUPERVISOR) || roles.contains(Role.TENANT_ADMIN);
            default -> roles.contains(role);
        };
    }
}
