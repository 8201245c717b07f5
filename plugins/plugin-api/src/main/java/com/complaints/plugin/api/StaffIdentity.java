package com.complaints.plugin.api;

import java.util.Set;

/**
 * The signed-in staff member behind a channel request (only for channels that {@linkplain IntakeChannel#requiresStaff()
 * require staff}); the host has checked the token and that it belongs to the request's tenant.
 *
 * @param userId the user's id
 * @param roles  the user's roles, e.g. {@code AGENT}, {@code SUPERVISOR}
 */
public record StaffIdentity(String userId, Set<String> roles) {

    public StaffIdentity {
        roles = Set.copyOf(roles);
    }
}
