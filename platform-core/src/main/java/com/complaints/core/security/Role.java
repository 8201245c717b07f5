package com.complaints.core.security;

import java.util.Optional;

/** Staff roles, as tokens carry them. TENANT_ADMIN includes SUPERVISOR, which includes AGENT. */
public enum Role {
    PLATFORM_OPERATOR,
    TENANT_ADMIN,
    SUPERVISOR,
    AGENT;

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String value) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
