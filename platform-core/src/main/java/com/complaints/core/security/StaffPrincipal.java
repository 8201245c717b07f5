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

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
