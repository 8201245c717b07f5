package com.complaints.plugin.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A notification to deliver. The host has rendered the tenant's template for the event and locale; the variables
 * are there for notifiers that format their own messages (e.g. a webhook).
 *
 * @param id          the notification's id; the same on every attempt, so receivers can drop repeats
 * @param tenantId    the tenant it belongs to
 * @param event       e.g. {@code CASE_RECEIVED}, {@code SLA_BREACHED}
 * @param templateKey the template it was rendered from (the event's key)
 * @param locale      the language, {@code zh-CN} or {@code en}
 * @param recipient   who receives it
 * @param subject     the rendered subject (one line)
 * @param body        the rendered text
 * @param variables   the template variables (case number, due time, ...)
 * @param caseNumber  the case it is about, may be {@code null}
 * @param createdAt   when the event happened
 */
public record Notification(String id, String tenantId, String event, String templateKey, String locale,
                           Recipient recipient, String subject, String body, Map<String, String> variables,
                           String caseNumber, Instant createdAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        variables = Map.copyOf(variables);
    }

    /**
     * A recipient.
     *
     * @param kind    how to reach them
     * @param address the e-mail address or phone number; {@code null} for {@link Kind#ENDPOINT}
     * @param label   who it is, without personal data (e.g. {@code consumer}, {@code user:li.lei}, {@code department-head})
     */
    public record Recipient(Kind kind, String address, String label) {

        public Recipient {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** How a notifier reaches its recipients. */
    public enum Kind {
        /** an e-mail address */
        EMAIL,
        /** a mobile phone number */
        PHONE,
        /** the endpoint in the notifier's own settings (webhook, group bot): no personal address */
        ENDPOINT
    }
}
