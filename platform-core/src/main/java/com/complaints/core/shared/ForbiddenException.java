package com.complaints.core.shared;

/** The caller is known but may not do this (e.g. a suspended tenant, an agent outside the receiving department). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
