package com.complaints.core.shared;

/** The caller's {@code If-Match} version is not the current one. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(long expected, long actual) {
        super("the resource is at version " + actual + ", the request expected version " + expected);
    }

    /** A precondition that can never hold (a weak entity tag in If-Match). */
    public PreconditionFailedException() {
        super("the If-Match precondition cannot hold");
    }
}
