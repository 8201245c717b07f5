package com.complaints.core.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A validated JWT with the staff member it describes. */
public class StaffAuthentication extends JwtAuthenticationToken {

    private final StaffPrincipal staff;

    StaffAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, StaffPrincipal staff) {
        super(jwt, authorities, staff.userId());
        this.staff = staff;
    }

    public StaffPrincipal staff() {
        return staff;
    }
}
