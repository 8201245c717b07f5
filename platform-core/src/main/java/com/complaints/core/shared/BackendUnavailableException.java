package com.complaints.core.shared;

/**
 * A backend a feature needs cannot be reached right now (the search index, say). The API answers 503 with
 * {@code Retry-After} and the problem {@code code}: PostgreSQL, the source of truth, still holds everything.
 */
public class BackendUnavailableException extends RuntimeException {

    private final String code;

    public BackendUnavailableException(String code, Throwable cause) {
        super(code, cause);
        this.code = code;
    }

    /** The problem type, e.g. {@code search-unavailable}. */
    public String code() {
        return code;
    }
}
