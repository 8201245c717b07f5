package com.complaints.core.shared;

/**
 * Something the caller asked for does not exist for the caller's tenant. Used alike for unknown ids and for
 * ids of another tenant, so that the answer is no existence oracle.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
