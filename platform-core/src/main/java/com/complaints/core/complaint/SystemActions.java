package com.complaints.core.complaint;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.attachment.AttachmentView;
import com.complaints.core.attachment.Attachments;
import com.complaints.core.shared.Actor;
import com.complaints.core.shared.NotFoundException;

/**
 * What the platform itself does to a case — routing a channel intake, raising the urgency after an escalation,
 * attaching a channel's files — and what it reads of a case. No staff visibility check: system use only.
 */
@Service
@Transactional
public class SystemActions {

    private static final Logger log = LoggerFactory.getLogger(SystemActions.class);

    private final ComplaintRepository complaints;
    private final HandoverRepository handovers;
    private final Attachments attachments;
    private final AgentPicker agentPicker;
    private final CaseRecorder recorder;
    private final ComplaintViews views;
    private final Clock clock;

    SystemActions(ComplaintRepository complaints, HandoverRepository handovers, Attachments attachments,
                  AgentPicker agentPicker, CaseRecorder recorder, ComplaintViews views, Clock clock) {
        this.complaints = complaints;
        this.handovers = handovers;
        this.attachments = attachments;
        this.agentPicker = agentPicker;
        this.recorder = recorder;
        this.views = views;
        this.clock = clock;
    }

    /**
     * Routing sends a channel intake straight to a department, with a system handover record that the receiving
     * department still acknowledges. A case no longer in RECEIVED (an agent was faster) stays as it is.
     */
    public void route(UUID id, UUID departmentId, String userId, String ruleName) {
        complaints.findForChange(id).filter(c -> c.status() == ComplaintStatus.RECEIVED).ifPresent(c -> {
            Instant now = clock.instant();
            String assignee = userId != null ? userId : agentPicker.pick(departmentId, c.urgency()).orElse(null);
            var changes = c.route(departmentId, assignee, now);
            Handover handover = handovers.save(new Handover(c.id(), Actor.system().recorded(), null, departmentId,
                    assignee, "routed by rule " + ruleName, now));
            recorder.record(c, ComplaintEvent.Transferred::new, Actor.system(), now, "routed by rule " + ruleName,
                    changes, handover.id());
        });
    }

    /** A system action of an SLA escalation: raise the urgency of a case that breached its deadline. */
    public void raiseUrgency(UUID id, String reason) {
        complaints.findForChange(id).ifPresent(c -> {
            Instant now = clock.instant();
            var changes = c.raiseUrgency(reason, now);
            if (!changes.isEmpty()) {
                recorder.record(c, ComplaintEvent.UrgencyRaised::new, Actor.system(), now, reason, changes, null);
            }
        });
    }

    /**
     * A file that came with a complaint through a channel (a mail attachment, a photo of the web form): attached like
     * a staff upload, through the aggregate and with its event, by the channel's actor.
     */
    public AttachmentView attachFromChannel(UUID id, String fileName, String contentType, InputStream content, Actor actor) {
        Complaint c = complaints.findForChange(id).orElseThrow(() -> new NotFoundException("complaint"));
        Instant now = clock.instant();
        var changes = c.attach(now);
        AttachmentView attachment = attachments.add(c.id(), fileName, contentType, content, actor.recorded());
        recorder.record(c, ComplaintEvent.AttachmentAdded::new, actor, now, attachment.fileName(), changes, attachment.id());
        log.debug("channel attachment tenant={} case={} attachment={}", c.tenantId(), c.caseNumber(), attachment.id());
        return attachment;
    }

    /** A case as staff read it, for system use. */
    @Transactional(readOnly = true)
    public ComplaintView view(UUID id) {
        return views.view(complaints.findById(id).orElseThrow(() -> new NotFoundException("complaint")));
    }

    /** A case's state as its events carry it (version, department, assignee, creator), for system use. */
    @Transactional(readOnly = true)
    public Optional<CaseState> state(UUID id) {
        return complaints.findById(id).map(CaseState::of);
    }

    @Transactional(readOnly = true)
    public Optional<ComplaintFacts> facts(UUID id) {
        return complaints.findById(id).map(c -> new ComplaintFacts(c.id(), c.caseNumber(), c.status(), c.departmentId(),
                c.assigneeUserId(), c.urgency(), c.category(), c.isWaiting(), c.description()));
    }
}
