package com.complaints.core.notification;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something the consumer of a case must be told (case received, progress, solution, resolution, survey).
 *
 * @param event           the event
 * @param complaintId     the case
 * @param caseNumber      its number
 * @param email           the consumer's e-mail, may be {@code null}
 * @param phone           the consumer's phone, may be {@code null}
 * @param variables       template variables
 * @param secretVariables variables that must not be stored in clear (the access code)
 */
public record ConsumerNotification(NotificationEvent event, UUID complaintId, String caseNumber, String email, String phone,
                                   Map<String, String> variables, Map<String, String> secretVariables) {

    public ConsumerNotification {
        Objects.requireNonNull(event, "event");
        variables = Map.copyOf(variables);
        secretVariables = Map.copyOf(secretVariables);
    }
}
