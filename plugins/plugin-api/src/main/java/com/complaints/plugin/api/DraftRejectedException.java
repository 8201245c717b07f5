package com.complaints.plugin.api;

import java.util.List;

/**
 * The host refused a draft or a message: its fields do not pass validation. Retrying the same input will fail
 * again; a push channel should answer its caller with a client error, a pull channel should skip (and acknowledge)
 * the message.
 */
public class DraftRejectedException extends RuntimeException {

    private final List<String> fields;

    public DraftRejectedException(String message, List<String> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    /** The names of the fields that failed. */
    public List<String> fields() {
        return fields;
    }
}
