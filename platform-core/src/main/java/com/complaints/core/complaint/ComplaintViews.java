package com.complaints.core.complaint;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.complaints.core.attachment.Attachments;
import com.complaints.core.security.StaffPrincipal;

/** A case as staff read it: the aggregate with its handovers, solutions, progress, follow-ups, files, clocks, messages. */
@Component
class ComplaintViews {

    private final ComplaintRepository complaints;
    private final HandoverRepository handovers;
    private final SolutionRepository solutions;
    private final ProgressUpdateRepository progress;
    private final FollowUpRecordRepository followUps;
    private final Attachments attachments;
    private final ComplaintClocks clocks;
    private final ConsumerMessages consumerMessages;
    private final CaseActions actions;

    ComplaintViews(ComplaintRepository complaints, HandoverRepository handovers, SolutionRepository solutions,
                   ProgressUpdateRepository progress, FollowUpRecordRepository followUps, Attachments attachments,
                   ComplaintClocks clocks, ConsumerMessages consumerMessages, CaseActions actions) {
        this.complaints = complaints;
        this.handovers = handovers;
        this.solutions = solutions;
        this.progress = progress;
        this.followUps = followUps;
        this.attachments = attachments;
        this.clocks = clocks;
        this.consumerMessages = consumerMessages;
        this.actions = actions;
    }

    /** The case as the platform itself reads it: no reader, so no actions. */
    ComplaintView view(Complaint c) {
        return view(c, null);
    }

    /** The case as {@code staff} reads it, with the actions they may take now. */
    ComplaintView view(Complaint c, StaffPrincipal staff) {
        var consumer = c.consumer();
        var handoverViews = handovers.findByComplaintIdOrderByHandedOverAt(c.id()).stream()
                .map(h -> new ComplaintView.HandoverView(h.id(), h.fromUserId(), h.fromDepartmentId(),
                        h.toDepartmentId(), h.toUserId(), h.note(), h.handedOverAt(), h.acknowledgedBy(),
                        h.acknowledgedAt(), h.isPending(), h.superseded()))
                .toList();
        UUID pendingTo = handoverViews.stream().filter(ComplaintView.HandoverView::pending)
                .map(ComplaintView.HandoverView::toDepartmentId).findFirst().orElse(null);
        var subject = c.subject();
        return new ComplaintView(c.id(), c.caseNumber(), c.version(), c.status(), c.channel(), c.intakeLocation(),
                c.receivedAt(),
                c.occurredAt(),
                new ComplaintView.ConsumerView(consumer.name(), consumer.phone(), consumer.email(), consumer.address(),
                        consumer.regionCode(), consumer.regionName()),
                new ComplaintView.SubjectView(subject.type(), subject.name(), subject.reference()),
                c.description(), c.expectedResolution(), c.category(), c.complexity(), c.urgency(), c.urgencyReason(),
                c.departmentId(), c.assigneeUserId(), c.resolution(), c.resolvedAt(), c.closedAt(), c.closingReason(),
                c.round(), c.waitingKind(), c.waitingReason(), c.waitingSince(), c.createdBy(), c.createdAt(), c.updatedAt(),
                handoverViews,
                solutionsOf(c.id()),
                progressOf(c.id()),
                followUps.findByComplaintIdOrderByRecordedAt(c.id()).stream()
                        .map(f -> new ComplaintView.FollowUpView(f.id(), f.outcome(), f.satisfaction(), f.problemSolved(),
                                f.comment(), f.round(), f.recordedBy(), f.recordedAt()))
                        .toList(),
                attachments.of(c.id()),
                clocks.of(c.id()),
                c.mergedInto(),
                complaints.findByMergedIntoOrderByReceivedAt(c.id()).stream()
                        .map(m -> new ComplaintView.MergedCase(m.id(), m.caseNumber(), m.receivedAt())).toList(),
                consumerMessages.of(c.id()),
                staff == null ? List.of() : actions.allowed(staff, c, pendingTo),
                c.legalHold(), c.anonymisedAt());
    }

    /** The solutions proposed on a case, oldest first. */
    List<ComplaintView.SolutionView> solutionsOf(UUID complaintId) {
        return solutions.findByComplaintIdOrderByProposedAt(complaintId).stream()
                .map(s -> new ComplaintView.SolutionView(s.id(), s.text(), s.proposedBy(), s.proposedAt(), s.status(),
                        s.decidedBy(), s.decidedAt(), s.rejectionReason()))
                .toList();
    }

    /** The progress messages of a case, oldest first. */
    List<ComplaintView.ProgressView> progressOf(UUID complaintId) {
        return progress.findByComplaintIdOrderByRecordedAt(complaintId).stream()
                .map(p -> new ComplaintView.ProgressView(p.id(), p.message(), p.authorUserId(), p.departmentId(),
                        p.recordedAt()))
                .toList();
    }
}
