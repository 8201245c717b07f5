package com.complaints.core.complaint;

import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.complaints.core.notification.ConsumerNotification;
import com.complaints.core.notification.ConsumerNotifications;
import com.complaints.core.notification.NotificationEvent;
import com.complaints.core.tenancy.TenantDirectory;

/**
 * Tells the consumer about their case, through the outbox in the transaction of the change: received (with the
 * case number and access code), progress, a proposed solution, resolved.
 */
@Component
class ConsumerNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConsumerNotifications notifications;
    private final ComplaintRepository complaints;
    private final ProgressUpdateRepository progress;
    private final SolutionRepository solutions;
    private final TenantDirectory tenants;
    private final String publicBaseUrl;

    ConsumerNotices(ConsumerNotifications notifications, ComplaintRepository complaints, ProgressUpdateRepository progress,
                    SolutionRepository solutions, TenantDirectory tenants,
                    @Value("${complaints.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.notifications = notifications;
        this.complaints = complaints;
        this.progress = progress;
        this.solutions = solutions;
        this.tenants = tenants;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** A new case: the consumer gets its number and access code (the only time the code exists in clear). */
    void received(Complaint c, String accessCode) {
        Map<String, String> variables = base(c);
        ZoneId zone = tenants.zone(c.tenantId());
        variables.put("receivedAt", TIME.format(c.receivedAt().atZone(zone)));
        variables.put("trackingUrl", publicBaseUrl + "/public/" + c.tenantId() + "/complaints/" + c.caseNumber());
        send(NotificationEvent.CASE_RECEIVED, c, variables, Map.of("accessCode", accessCode));
    }

    /** The follow-up survey link (a secret: never handed to webhooks). */
    void survey(Complaint c, String surveyUrl) {
        send(NotificationEvent.FOLLOW_UP_SURVEY, c, base(c), Map.of("surveyUrl", surveyUrl));
    }

    @EventListener
    void on(ComplaintChanged changed) {
        switch (changed.type()) {
            case "PROGRESS_RECORDED" -> complaints.findById(changed.complaintId()).ifPresent(c -> {
                Map<String, String> variables = base(c);
                progress.findById(changed.referenceId()).ifPresent(p -> variables.put("message", p.message()));
                send(NotificationEvent.PROGRESS_UPDATE, c, variables, Map.of());
            });
            case "SOLUTION_PROPOSED" -> complaints.findById(changed.complaintId()).ifPresent(c -> {
                Map<String, String> variables = base(c);
                solutions.findById(changed.referenceId()).ifPresent(s -> variables.put("solution", s.text()));
                send(NotificationEvent.SOLUTION_PROPOSED, c, variables, Map.of());
            });
            case "RESOLVED", "SOLUTION_ACCEPTED" -> complaints.findById(changed.complaintId()).ifPresent(c -> {
                Map<String, String> variables = base(c);
                variables.put("resolution", c.resolution() == null ? "" : c.resolution());
                send(NotificationEvent.CASE_RESOLVED, c, variables, Map.of());
            });
            default -> {
                // other changes are not the consumer's news
            }
        }
    }

    private static Map<String, String> base(Complaint c) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("caseNumber", c.caseNumber());
        variables.put("consumerName", c.consumer().name());
        return variables;
    }

    private void send(NotificationEvent event, Complaint c, Map<String, String> variables, Map<String, String> secrets) {
        notifications.send(new ConsumerNotification(event, c.id(), c.caseNumber(), c.consumer().email(),
                c.consumer().phone(), variables, secrets));
    }
}
