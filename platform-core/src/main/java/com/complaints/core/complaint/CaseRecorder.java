package com.complaints.core.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.shared.Actor;
import com.complaints.core.timeline.FieldChange;

/**
 * Ends every change of a case the same way: flush the aggregate (so the event carries the new version), publish the
 * one {@link ComplaintEvent} of the change, and log it with its tenant and case number.
 */
@Component
public class CaseRecorder {

    private static final Logger log = LoggerFactory.getLogger(CaseRecorder.class);

    private final ComplaintRepository complaints;
    private final ApplicationEventPublisher events;

    CaseRecorder(ComplaintRepository complaints, ApplicationEventPublisher events) {
        this.complaints = complaints;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ComplaintEvent record(Complaint c, ComplaintEvent.Kind kind, Actor actor, Instant at, String summary,
                                 List<FieldChange> changes, UUID referenceId) {
        complaints.saveAndFlush(c);
        ComplaintEvent event = kind.of(CaseState.of(c), actor, at, summary, List.copyOf(changes), referenceId);
        events.publishEvent(event);
        log.info("complaint {} tenant={} case={} status={}", event.timelineType().toLowerCase(Locale.ROOT), c.tenantId(),
                c.caseNumber(), c.status());
        return event;
    }
}
