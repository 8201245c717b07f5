package com.complaints.core.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The events the platform notifies about, who they are for, and the variables their templates may use. Secret
 * variables (the access code) are sealed in the outbox and never handed to endpoint notifiers (webhooks, bots).
 */
public enum NotificationEvent {
    CASE_RECEIVED(Audience.CONSUMER, List.of("caseNumber", "accessCode", "consumerName", "receivedAt", "trackingUrl", "tenantName")),
    PROGRESS_UPDATE(Audience.CONSUMER, List.of("caseNumber", "consumerName", "message", "tenantName")),
    SOLUTION_PROPOSED(Audience.CONSUMER, List.of("caseNumber", "consumerName", "solution", "tenantName")),
    CASE_RESOLVED(Audience.CONSUMER, List.of("caseNumber", "consumerName", "resolution", "tenantName")),
    FOLLOW_UP_SURVEY(Audience.CONSUMER, List.of("caseNumber", "consumerName", "surveyUrl", "tenantName")),
    SLA_WARNING(Audience.STAFF, List.of("caseNumber", "metric", "dueAt", "state", "recipient", "tenantName")),
    SLA_BREACHED(Audience.STAFF, List.of("caseNumber", "metric", "dueAt", "state", "recipient", "tenantName")),
    SLA_ESCALATED(Audience.STAFF, List.of("caseNumber", "metric", "dueAt", "state", "recipient", "tenantName")),
    MEASURE_OVERDUE(Audience.STAFF, List.of("title", "dueDate", "owner", "recipient", "tenantName")),
    REPORT_READY(Audience.STAFF, List.of("period", "from", "to", "reportUrl", "recipient", "tenantName"));

    private final Audience audience;
    private final List<String> variables;

    NotificationEvent(Audience audience, List<String> variables) {
        this.audience = audience;
        this.variables = variables;
    }

    public Audience audience() {
        return audience;
    }

    public List<String> variables() {
        return variables;
    }

    static Optional<NotificationEvent> of(String name) {
        return Arrays.stream(values()).filter(e -> e.name().equals(name)).findFirst();
    }

    static Set<String> names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public enum Audience {
        CONSUMER,
        STAFF
    }
}
