package com.complaints.core.throttle;

import java.time.Duration;

/** Too many failed lookups from this client or of this case: 429 with {@code Retry-After}. */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    TooManyAttemptsException(Duration retryAfter) {
        super("too many failed lookups; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
