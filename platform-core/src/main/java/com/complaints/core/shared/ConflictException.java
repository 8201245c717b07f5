package com.complaints.core.shared;

/** The request is well-formed but conflicts with the current state (illegal transition, duplicate key). */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, machine-readable reason, used as the problem type's last path segment. */
    public String code() {
        return code;
    }
}
