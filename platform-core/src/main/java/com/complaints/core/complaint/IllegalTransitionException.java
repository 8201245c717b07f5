package com.complaints.core.complaint;

import java.util.Locale;

import com.complaints.core.shared.ConflictException;

class IllegalTransitionException extends ConflictException {

    public IllegalTransitionException(LifecycleAction action, ComplaintStatus status) {
        super("illegal-transition", "cannot " + action.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " a complaint in status " + status + " (allowed from " + action.allowedFrom() + ")");
    }
}
