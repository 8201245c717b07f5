package com.complaints.core.complaint;

import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.complaints.core.notification.ConsumerNotification;
import com.complaints.core.notification.ConsumerNotifications;
import com.complaints.core.notification.NotificationEvent;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.tenancy.TenantTransactions;

/**
 * Tells the consumer about their case through the notification outbox: received (with the case number and access
 * code, in the intake's transaction: the code exists in clear only there) and the survey link (called by the
 * follow-up feature); progress, a proposed solution and the resolution right after their change committed.
 */
@Component
public class ConsumerNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConsumerNotifications notifications;
    private final ComplaintRepository complaints;
    private final ProgressUpdateRepository progress;
    private final SolutionRepository solutions;
    private final TenantDirectory tenants;
    private final TenantTransactions transactions;
    private final String publicBaseUrl;

    ConsumerNotices(ConsumerNotifications notifications, ComplaintRepository complaints, ProgressUpdateRepository progress,
                    SolutionRepository solutions, TenantDirectory tenants, TenantTransactions transactions,
                    @Value("${complaints.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.notifications = notifications;
        this.complaints = complaints;
        this.progress = progress;
        this.solutions = solutions;
        this.tenants = tenants;
        this.transactions = transactions;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** A new case: the consumer gets its number and access code (the only time the code exists in clear). */
    public void received(Complaint c, String accessCode) {
        Map<String, String> variables = base(c);
        ZoneId zone = tenants.zone(c.tenantId());
        variables.put("receivedAt", TIME.format(c.receivedAt().atZone(zone)));
        variables.put("trackingUrl", publicBaseUrl + "/public/" + c.tenantId() + "/complaints/" + c.caseNumber());
        send(NotificationEvent.CASE_RECEIVED, c, variables, Map.of("accessCode", accessCode));
    }

    /** The follow-up survey link (a secret: never handed to webhooks). */
    public void survey(Complaint c, String surveyUrl) {
        send(NotificationEvent.FOLLOW_UP_SURVEY, c, base(c), Map.of("surveyUrl", surveyUrl));
    }

    /** After a progress update committed: the message, to the consumer. */
    @TransactionalEventListener
    void on(ComplaintEvent.ProgressRecorded recorded) {
        transactions.inNewTransaction(recorded.tenant(), () -> complaints.findById(recorded.complaintId()).ifPresent(c -> {
            Map<String, String> variables = base(c);
            progress.findById(recorded.referenceId()).ifPresent(p -> variables.put("message", p.message()));
            send(NotificationEvent.PROGRESS_UPDATE, c, variables, Map.of());
        }));
    }

    /** After a solution was proposed: its text, for the consumer to accept or reject. */
    @TransactionalEventListener
    void on(ComplaintEvent.SolutionProposed proposed) {
        transactions.inNewTransaction(proposed.tenant(), () -> complaints.findById(proposed.complaintId()).ifPresent(c -> {
            Map<String, String> variables = base(c);
            solutions.findById(proposed.referenceId()).ifPresent(s -> variables.put("solution", s.text()));
            send(NotificationEvent.SOLUTION_PROPOSED, c, variables, Map.of());
        }));
    }

    /** After the case was resolved on the spot. */
    @TransactionalEventListener
    void on(ComplaintEvent.ResolvedOnTheSpot resolved) {
        resolved(resolved);
    }

    /** After the consumer accepted a solution. */
    @TransactionalEventListener
    void on(ComplaintEvent.SolutionAccepted accepted) {
        resolved(accepted);
    }

    private void resolved(ComplaintEvent event) {
        transactions.inNewTransaction(event.tenant(), () -> complaints.findById(event.complaintId()).ifPresent(c -> {
            Map<String, String> variables = base(c);
            variables.put("resolution", c.resolution() == null ? "" : c.resolution());
            send(NotificationEvent.CASE_RESOLVED, c, variables, Map.of());
        }));
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
