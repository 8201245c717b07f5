package com.complaints.core.sla;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.complaints.core.complaint.ComplaintFacts;
import com.complaints.core.complaint.SystemActions;
import com.complaints.core.department.DepartmentService;
import com.complaints.core.notification.StaffNotification;
import com.complaints.core.notification.StaffNotification.Recipient;
import com.complaints.core.notification.StaffNotifications;
import com.complaints.core.timeline.FieldChange;
import com.complaints.core.timer.FiredTimer;
import com.complaints.core.timer.TimerHandler;

/**
 * The effects of SLA timers: a warning tells the assignee (or the department), a breach marks the clock breached
 * and tells the department head, the second level tells the tenant admins and may raise the urgency. Each is an
 * {@link SlaClockEvent} (a timeline entry) and a staff notification, committed with the timer's firing; the urgency
 * rises right after ({@link UrgencyOnEscalation}).
 */
@Component
class SlaEscalations implements TimerHandler {

    private static final Logger log = LoggerFactory.getLogger(SlaEscalations.class);

    private final SlaClockRepository clocks;
    private final SlaPolicies policies;
    private final SystemActions complaints;
    private final DepartmentService departments;
    private final ApplicationEventPublisher events;
    private final StaffNotifications notifications;

    SlaEscalations(SlaClockRepository clocks, SlaPolicies policies, SystemActions complaints,
                   DepartmentService departments, ApplicationEventPublisher events, StaffNotifications notifications) {
        this.clocks = clocks;
        this.policies = policies;
        this.complaints = complaints;
        this.departments = departments;
        this.events = events;
        this.notifications = notifications;
    }

    @Override
    public String purpose() {
        return SlaClocks.TIMER_PURPOSE;
    }

    @Override
    public void fire(FiredTimer timer) {
        SlaClock clock = clocks.lock(timer.subjectId()).orElse(null);
        ComplaintFacts facts = clock == null ? null : complaints.facts(clock.complaintId()).orElse(null);
        if (facts == null) {
            return;
        }
        switch (timer.kind()) {
            case SlaClocks.WARNING -> {
                if (clock.warn(timer.firedAt())) {
                    record(clock, facts, timer, SlaClockEvent.Kind.SLA_WARNING, "warnedAt", false);
                    notify(clock, facts, "SLA_WARNING", facts.assigneeUserId() != null ? Recipient.USER : Recipient.DEPARTMENT,
                            facts.assigneeUserId() != null ? facts.assigneeUserId() : department(facts));
                }
            }
            case SlaClocks.BREACH -> {
                if (clock.breach()) {
                    record(clock, facts, timer, SlaClockEvent.Kind.SLA_BREACHED, "breachedAt", false);
                    notify(clock, facts, "SLA_BREACHED", Recipient.DEPARTMENT_HEAD, department(facts));
                    if (facts.assigneeUserId() != null) {
                        notify(clock, facts, "SLA_BREACHED", Recipient.USER, facts.assigneeUserId());
                    }
                }
            }
            case SlaClocks.SECOND_LEVEL -> {
                if (clock.escalate(timer.firedAt())) {
                    record(clock, facts, timer, SlaClockEvent.Kind.SLA_ESCALATED, "escalatedAt",
                            policies.version(clock.policyVersion()).targets().raiseUrgencyOnSecondLevel());
                    notify(clock, facts, "SLA_ESCALATED", Recipient.TENANT_ADMINS, null);
                }
            }
            default -> log.warn("unknown SLA timer kind={} tenant={}", timer.kind(), timer.tenant());
        }
    }

    private void record(SlaClock clock, ComplaintFacts facts, FiredTimer timer, SlaClockEvent.Kind kind, String field,
                        boolean raiseUrgency) {
        clocks.save(clock);
        events.publishEvent(new SlaClockEvent(timer.tenant(), facts.id(), facts.caseNumber(), kind, clock.metric(),
                timer.firedAt(), clock.metric() + " due " + clock.dueAt(),
                List.of(FieldChange.of("metric", null, clock.metric()), FieldChange.of("state", null, clock.state()),
                        FieldChange.of(field, null, timer.firedAt())),
                clock.id(), raiseUrgency));
        log.info("{} tenant={} case={} metric={}", kind.name().toLowerCase(), timer.tenant(), facts.caseNumber(), clock.metric());
    }

    private void notify(SlaClock clock, ComplaintFacts facts, String event, Recipient recipient, String recipientId) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("caseNumber", facts.caseNumber());
        variables.put("metric", clock.metric().name());
        variables.put("dueAt", DateTimeFormatter.ISO_INSTANT.format(clock.dueAt()));
        variables.put("state", clock.state().name());
        if (recipient == Recipient.DEPARTMENT_HEAD && recipientId != null) {
            departments.find(UUID.fromString(recipientId))
                    .map(d -> d.headUserId()).ifPresent(head -> variables.put("headUserId", head));
        }
        notifications.send(new StaffNotification(event, facts.id(), recipient, recipientId, variables));
    }

    private static String department(ComplaintFacts facts) {
        return facts.departmentId() == null ? null : facts.departmentId().toString();
    }
}
