package com.complaints.core.web;

import java.io.IOException;

/** A request body beyond {@link BodySizeLimitFilter#MAX_BYTES}. An IOException so it can escape a body read. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException() {
        super("the request body exceeds " + BodySizeLimitFilter.MAX_BYTES + " bytes (1 MiB)");
    }
}
