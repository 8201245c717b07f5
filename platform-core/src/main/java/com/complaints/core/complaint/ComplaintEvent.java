package com.complaints.core.complaint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.complaints.core.shared.Actor;
import com.complaints.core.timeline.FieldChange;
import com.complaints.core.timeline.TimelineRecord;

/**
 * What happened to a complaint, one record per kind of change, published once per change inside its transaction.
 * Each carries the case as it stands after the change, who did it, when, the timeline summary, the changed fields
 * and the record the change made (a handover, a solution, ...).
 * <p>
 * In the transaction, in this order: the timeline entry ({@code TimelineWriter}), the search outbox, the SLA clocks.
 * After commit, through the event publication registry: routing, triage-hint outcomes, follow-up surveys and the
 * consumer's notices, each in its own transaction. See CONTRIBUTING.md, "Event flow".
 */
public sealed interface ComplaintEvent extends TimelineRecord {

    CaseState state();

    @Override
    Actor actor();

    @Override
    Instant at();

    @Override
    String summary();

    @Override
    List<FieldChange> changes();

    @Override
    UUID referenceId();

    @Override
    default UUID complaintId() {
        return state().complaintId();
    }

    default String tenant() {
        return state().tenant();
    }

    /** Makes the event of one kind; every record's canonical constructor is one. */
    @FunctionalInterface
    interface Kind {
        ComplaintEvent of(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes,
                          UUID referenceId);
    }

    @Override
    default String timelineType() {
        return switch (this) {
            case Received _ -> "RECEIVED";
            case Triaged _ -> "TRIAGED";
            case ResolvedOnTheSpot _ -> "RESOLVED";
            case Transferred _ -> "TRANSFERRED";
            case TransferAcknowledged _ -> "TRANSFER_ACKNOWLEDGED";
            case ProgressRecorded _ -> "PROGRESS_RECORDED";
            case SolutionProposed _ -> "SOLUTION_PROPOSED";
            case SolutionAccepted _ -> "SOLUTION_ACCEPTED";
            case SolutionRejected _ -> "SOLUTION_REJECTED";
            case FollowUpRecorded _ -> "FOLLOW_UP_RECORDED";
            case Reassigned _ -> "REASSIGNED";
            case Merged _ -> "MERGED";
            case MergeReceived _ -> "MERGE_RECEIVED";
            case Paused _ -> "PAUSED";
            case Resumed _ -> "RESUMED";
            case UrgencyRaised _ -> "URGENCY_RAISED";
            case Reopened _ -> "REOPENED";
            case Rejected _ -> "REJECTED";
            case Withdrawn _ -> "WITHDRAWN";
            case AttachmentAdded _ -> "ATTACHMENT_ADDED";
            case ConsumerMessageReceived _ -> "CONSUMER_MESSAGE";
            case LegalHoldPlaced _ -> "LEGAL_HOLD_PLACED";
            case LegalHoldReleased _ -> "LEGAL_HOLD_RELEASED";
            case ConsumerAnonymised _ -> "CONSUMER_ANONYMISED";
        };
    }

    /** The case came in (from any channel or staff intake). */
    record Received(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** Category, complexity and urgency set. */
    record Triaged(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** Resolved during intake. */
    record ResolvedOnTheSpot(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** Handed over to a department (by staff or by a routing rule); the reference is the handover. */
    record Transferred(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** The receiving department took the handover over; the reference is the handover. */
    record TransferAcknowledged(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** A progress message for the consumer; the reference is the progress update. */
    record ProgressRecorded(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** A solution offered to the consumer; the reference is the solution. */
    record SolutionProposed(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** The consumer (or staff on the consumer's word) accepted the solution. */
    record SolutionAccepted(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** The consumer (or staff on the consumer's word) rejected the solution. */
    record SolutionRejected(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** A follow-up call or survey answer; the reference is the follow-up record. */
    record FollowUpRecorded(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** A supervisor (re)assigned the case. */
    record Reassigned(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** Closed as a duplicate; the reference is the primary case. */
    record Merged(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** This primary case took a duplicate in; the reference is the duplicate. */
    record MergeReceived(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** Waiting for the consumer or a third party. */
    record Paused(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** Waiting ended. */
    record Resumed(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** The system raised the urgency after an escalation. */
    record UrgencyRaised(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** A supervisor reopened the case. */
    record Reopened(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** Not accepted as a complaint. */
    record Rejected(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** The consumer withdrew it. */
    record Withdrawn(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** A file attached; the reference is the attachment. */
    record AttachmentAdded(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** A message of the consumer joined the case; the reference is the message. */
    record ConsumerMessageReceived(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** The legal department put the case on hold: the consumer's identity stays until the hold is released. */
    record LegalHoldPlaced(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** The legal hold was released. */
    record LegalHoldReleased(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }

    /** The consumer's identity was erased (retention policy or the consumer's request); the summary says which. */
    record ConsumerAnonymised(CaseState state, Actor actor, Instant at, String summary, List<FieldChange> changes, UUID referenceId)
            implements ComplaintEvent {
    }
}
