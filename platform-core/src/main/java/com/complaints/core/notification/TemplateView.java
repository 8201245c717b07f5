package com.complaints.core.notification;

import java.time.Instant;
import java.util.List;

/**
 * An event's template in one language.
 *
 * @param customised whether the tenant changed it (else it is the platform default)
 * @param variables  the variables it may use, as {@code {{name}}}
 */
public record TemplateView(String event, String locale, String subject, String body, boolean customised,
                           List<String> variables, String updatedBy, Instant updatedAt, Long version) {
}
