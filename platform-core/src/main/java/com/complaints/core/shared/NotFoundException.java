package com.complaints.core.shared;

/**
 * Something the caller asked for does not exist for the caller's tenant. Used alike for unknown ids and for
 * ids of another tenant, so that the answer is no existence oracle.
 */
public class NotFoundException extends RuntimeException {

    private final String kind;

    /** @param kind what was not found: complaint, department, tenant, transfer, solution, member, attachment */
    public NotFoundException(String kind) {
        super(kind + " not found");
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
