package com.complaints.core.web;

/** The same Idempotency-Key was sent with a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was used with a different request; use a new key for a new request");
    }
}
