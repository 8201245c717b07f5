package com.complaints.core.notification;

import java.util.Map;
import java.util.UUID;

/**
 * Something staff must be told (deadline warning, breach, escalation).
 *
 * @param event       e.g. SLA_WARNING, SLA_BREACHED, SLA_ESCALATED
 * @param recipient   who: a user, a department's members, a department's head, or the tenant admins
 * @param recipientId the user or department id; {@code null} for TENANT_ADMINS
 * @param variables   template variables (case number, metric, due at, ...); no consumer personal data
 * @param emails      staff e-mail addresses to send it to as well (report subscribers), through the e-mail notifier
 */
public record StaffNotification(String event, UUID complaintId, Recipient recipient, String recipientId,
                                Map<String, String> variables, java.util.List<String> emails) {

    public StaffNotification {
        variables = Map.copyOf(variables);
        emails = emails == null ? java.util.List.of() : java.util.List.copyOf(emails);
    }

    public StaffNotification(String event, UUID complaintId, Recipient recipient, String recipientId,
                             Map<String, String> variables) {
        this(event, complaintId, recipient, recipientId, variables, java.util.List.of());
    }

    public enum Recipient {
        USER,
        DEPARTMENT,
        DEPARTMENT_HEAD,
        TENANT_ADMINS
    }
}
