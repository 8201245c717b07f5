package com.complaints.core.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The authenticated staff member of the current request. */
@Component
public class CurrentStaff {

    public StaffPrincipal get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof StaffAuthentication staff) {
            return staff.staff();
        }
        throw new IllegalStateException("no authenticated staff member");
    }
}
