package com.complaints.core.complaint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.complaints.core.attachment.AttachmentView;
import com.complaints.core.shared.Masking;
import com.complaints.plugin.api.SubjectType;

/**
 * A complaint as staff read it, with its handovers, solutions, progress messages and follow-ups, and what the reader
 * may do to it now ({@code allowedActions}; empty in a view made for the system).
 */
public record ComplaintView(
        UUID id,
        String caseNumber,
        long version,
        ComplaintStatus status,
        String channel,
        String intakeLocation,
        Instant receivedAt,
        Instant occurredAt,
        ConsumerView consumer,
        SubjectView subject,
        String description,
        String expectedResolution,
        Category category,
        Complexity complexity,
        Urgency urgency,
        String urgencyReason,
        UUID departmentId,
        String assigneeUserId,
        String resolution,
        Instant resolvedAt,
        Instant closedAt,
        String closingReason,
        int round,
        WaitingKind waitingKind,
        String waitingReason,
        Instant waitingSince,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        List<HandoverView> handovers,
        List<SolutionView> solutions,
        List<ProgressView> progress,
        List<FollowUpView> followUps,
        List<AttachmentView> attachments,
        List<ClockView> clocks,
        UUID mergedInto,
        List<MergedCase> mergedCases,
        List<MessageView> messages,
        List<CaseAction> allowedActions,
        Complaint.LegalHold legalHold,
        Instant anonymisedAt) {

    /**
     * This view with the consumer's name, phone, e-mail and address masked (the region stays): what the staff API
     * answers until a reader reveals the contact details ({@code POST …/contact/reveal}, in the access log).
     */
    public ComplaintView withContactMasked() {
        var c = consumer;
        var masked = c == null ? null : new ConsumerView(anonymisedAt != null ? c.name() : Masking.name(c.name()),
                Masking.phone(c.phone()), Masking.email(c.email()),
                c.address() == null || c.address().isBlank() ? c.address() : "***", c.regionCode(), c.regionName());
        return new ComplaintView(id, caseNumber, version, status, channel, intakeLocation, receivedAt, occurredAt, masked,
                subject, description, expectedResolution, category, complexity, urgency, urgencyReason, departmentId,
                assigneeUserId, resolution, resolvedAt, closedAt, closingReason, round, waitingKind, waitingReason,
                waitingSince, createdBy, createdAt, updatedAt, handovers, solutions, progress, followUps, attachments,
                clocks, mergedInto, mergedCases, messages, allowedActions, legalHold, anonymisedAt);
    }

    /** A message from the consumer that came in on a channel after the case was opened (e.g. a reply by mail). */
    public record MessageView(UUID id, String channel, String subject, String body, Instant receivedAt) {
    }

    /** A duplicate closed into this case: its timeline, attachments and contacts stay readable at its own id. */
    public record MergedCase(UUID id, String caseNumber, Instant receivedAt) {
    }

    public record ConsumerView(String name, String phone, String email, String address, String regionCode,
                               String regionName) {
    }

    public record SubjectView(SubjectType type, String name, String reference) {
    }

    public record HandoverView(UUID id, String fromUserId, UUID fromDepartmentId, UUID toDepartmentId, String toUserId,
                               String note, Instant handedOverAt, String acknowledgedBy, Instant acknowledgedAt,
                               boolean pending, boolean superseded) {
    }

    public record SolutionView(UUID id, String text, String proposedBy, Instant proposedAt, SolutionStatus status,
                               String decidedBy, Instant decidedAt, String rejectionReason) {
    }

    public record ProgressView(UUID id, String message, String authorUserId, UUID departmentId, Instant recordedAt) {
    }

    public record FollowUpView(UUID id, FollowUpOutcome outcome, Integer satisfaction, Boolean problemSolved,
                               String comment, int round, String recordedBy, Instant recordedAt) {
    }
}
