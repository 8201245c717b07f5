package com.complaints.plugin.api;

import java.util.Objects;

/**
 * The product or service a complaint is about.
 *
 * @param type      product or service
 * @param name      its name
 * @param reference SKU, order number or contract reference, may be {@code null}
 */
public record SubjectDetails(SubjectType type, String name, String reference) {

    public SubjectDetails {
        Objects.requireNonNull(type, "type");
    }
}
