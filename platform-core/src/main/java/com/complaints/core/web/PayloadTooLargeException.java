package com.complaints.core.web;

import java.io.IOException;

/** A request body beyond its limit. An IOException so that it can escape a body read. */
class PayloadTooLargeException extends IOException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("the request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
