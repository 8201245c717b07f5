package com.complaints.plugin.api;

import java.time.Duration;

/** What became of one delivery attempt. */
public sealed interface DeliveryResult {

    /** Delivered; {@code reference} is the provider's id of the message, if any. */
    record Delivered(String reference) implements DeliveryResult {
    }

    /** Failed, worth retrying (timeout, 5xx, 429); {@code retryAfter} may suggest when, or be {@code null}. */
    record RetryableFailure(String reason, Duration retryAfter) implements DeliveryResult {
    }

    /** Failed for good (invalid address, rejected by the provider): not retried. */
    record PermanentFailure(String reason) implements DeliveryResult {
    }

    static DeliveryResult delivered(String reference) {
        return new Delivered(reference);
    }

    static DeliveryResult retry(String reason) {
        return new RetryableFailure(reason, null);
    }

    static DeliveryResult retryAfter(String reason, Duration after) {
        return new RetryableFailure(reason, after);
    }

    static DeliveryResult permanent(String reason) {
        return new PermanentFailure(reason);
    }
}
