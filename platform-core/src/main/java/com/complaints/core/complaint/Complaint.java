package com.complaints.core.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.duplicate.Contacts;
import com.complaints.core.shared.Anonymizer;
import com.complaints.core.shared.ConflictException;
import com.complaints.core.timeline.FieldChange;
import com.complaints.core.tenancy.TenantOwnedEntity;

/**
 * A complaint case. Its state changes only through the guarded methods below, each of which asks
 * {@link LifecycleAction} whether the transition is legal and returns the fields it changed.
 */
@Entity
@Table(name = "complaints")
public class Complaint extends TenantOwnedEntity implements VisibleCase {

    @Column(name = "case_number", nullable = false, updatable = false, length = 64)
    private String caseNumber;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Embedded
    private Consumer consumer;

    @Embedded
    private Subject subject;

    @Column(name = "description", nullable = false, length = 5000)
    private String description;

    @Column(name = "expected_resolution", length = 2000)
    private String expectedResolution;

    @Column(name = "intake_location", length = 200)
    private String intakeLocation;

    @Column(name = "channel", nullable = false, length = 32)
    private String channel;

    @Column(name = "channel_message_id", length = 200)
    private String channelMessageId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "access_code_hash", nullable = false, length = 64)
    private String accessCodeHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    private ComplaintStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 32)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "complexity", length = 16)
    private Complexity complexity;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", length = 16)
    private Urgency urgency;

    @Column(name = "urgency_reason", length = 500)
    private String urgencyReason;

    @Column(name = "department_id")
    private UUID departmentId;

    @Column(name = "assignee_user_id", length = 100)
    private String assigneeUserId;

    @Column(name = "resolution", length = 5000)
    private String resolution;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_reason", length = 2000)
    private String closingReason;

    @Column(name = "round", nullable = false)
    private int round;

    /**
     * Blind indexes of the consumer's normalised phone and e-mail (keyed hashes: {@code BlindIndex}) and the normalised
     * order reference, for duplicate detection and for finding a consumer's cases (never logged). The indexes are
     * written with the case only: the sealing job and erasure change them in the database, and an entity loaded before
     * must not write its copy back.
     */
    @Column(name = "phone_key", length = 32, updatable = false)
    private String phoneKey;

    @Column(name = "email_key", length = 254, updatable = false)
    private String emailKey;

    @Column(name = "reference_key", length = 100)
    private String referenceKey;

    @Column(name = "merged_into")
    private UUID mergedInto;

    @Column(name = "legal_hold_reason", length = 500)
    private String legalHoldReason;

    @Column(name = "legal_hold_by", length = 100)
    private String legalHoldBy;

    @Column(name = "legal_hold_at")
    private Instant legalHoldAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_kind", length = 32)
    private WaitingKind waitingKind;

    @Column(name = "waiting_reason", length = 2000)
    private String waitingReason;

    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * The search change version and its time as the insert writes them: 1, for the case's first timeline event
     * ({@code Received}), so that event needs no update of the new row. Never updated through the entity (later
     * events count up in {@code SearchVersions}), so the entity's copy is only what the insert wrote.
     */
    @Column(name = "change_version", nullable = false, updatable = false)
    private long insertedChangeVersion;

    @Column(name = "changed_at", updatable = false)
    private Instant insertedChangedAt;

    protected Complaint() {
    }

    public Complaint(String caseNumber, Consumer consumer, Subject subject, String description, String expectedResolution,
              String channel, String channelMessageId, Instant receivedAt, Instant occurredAt, String accessCodeHash,
              String createdBy, Instant now, ContactIndexes contactIndexes) {
        super(UUID.randomUUID());
        this.caseNumber = caseNumber;
        this.consumer = consumer;
        this.subject = subject;
        this.description = description;
        this.expectedResolution = expectedResolution;
        this.channel = channel;
        this.channelMessageId = channelMessageId;
        this.receivedAt = receivedAt;
        this.occurredAt = occurredAt;
        this.accessCodeHash = accessCodeHash;
        this.status = ComplaintStatus.RECEIVED;
        this.round = 1;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.insertedChangeVersion = 1;
        this.insertedChangedAt = now;
        this.phoneKey = contactIndexes.phone();
        this.emailKey = contactIndexes.email();
        this.referenceKey = Contacts.reference(subject.reference());
    }

    /** Closes this case as a duplicate of {@code primary}; it moves to the primary's department. */
    List<FieldChange> mergeInto(Complaint primary, String reason, Instant now) {
        if (primary.id().equals(id()) || primary.mergedInto != null || primary.status.isTerminal()) {
            throw new ConflictException("merge-target", "a complaint merges only into another open or resolved case");
        }
        ComplaintStatus next = LifecycleAction.MERGE.apply(status);
        List<FieldChange> changes = new ArrayList<>(clearWaiting());
        changes.add(FieldChange.of("mergedInto", null, primary.id()));
        changes.add(FieldChange.of("departmentId", departmentId, primary.departmentId));
        mergedInto = primary.id();
        departmentId = primary.departmentId;
        changes.addAll(end(next, reason, now));
        return changes;
    }

    List<FieldChange> triage(Category category, Complexity complexity, Urgency urgency, String urgencyReason, Instant now) {
        LifecycleAction action = LifecycleAction.ASSESS.allowedFrom(status) ? LifecycleAction.ASSESS : LifecycleAction.TRIAGE;
        ComplaintStatus next = action.apply(status);
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("category", this.category, category));
        changes.add(FieldChange.of("complexity", this.complexity, complexity));
        changes.add(FieldChange.of("urgency", this.urgency, urgency));
        changes.add(FieldChange.of("urgencyReason", this.urgencyReason, urgencyReason));
        this.category = category;
        this.complexity = complexity;
        this.urgency = urgency;
        this.urgencyReason = urgencyReason;
        return finish(next, changes, now);
    }

    List<FieldChange> resolveOnTheSpot(String resolution, Instant now) {
        ComplaintStatus next = LifecycleAction.RESOLVE_ON_THE_SPOT.apply(status);
        if (!isSimple()) {
            throw new ConflictException("not-simple",
                    "only a complaint triaged as SIMPLE can be resolved on the spot; transfer it to a department");
        }
        return resolve(next, resolution, now);
    }

    List<FieldChange> transferTo(UUID departmentId, String assigneeUserId, Instant now) {
        return moveTo(LifecycleAction.TRANSFER.apply(status), departmentId, assigneeUserId, now);
    }

    /** Routing sends a fresh channel intake straight to a department. */
    List<FieldChange> route(UUID departmentId, String assigneeUserId, Instant now) {
        return moveTo(LifecycleAction.ROUTE.apply(status), departmentId, assigneeUserId, now);
    }

    private List<FieldChange> moveTo(ComplaintStatus next, UUID departmentId, String assigneeUserId, Instant now) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("departmentId", this.departmentId, departmentId));
        changes.add(FieldChange.of("assigneeUserId", this.assigneeUserId, assigneeUserId));
        this.departmentId = departmentId;
        this.assigneeUserId = assigneeUserId;
        return finish(next, changes, now);
    }

    List<FieldChange> acknowledgeTransfer(String acknowledgedBy, Instant now) {
        ComplaintStatus next = LifecycleAction.ACKNOWLEDGE_TRANSFER.apply(status);
        List<FieldChange> changes = new ArrayList<>();
        if (assigneeUserId == null) {
            changes.add(FieldChange.of("assigneeUserId", null, acknowledgedBy));
            assigneeUserId = acknowledgedBy;
        }
        return finish(next, changes, now);
    }

    List<FieldChange> recordProgress(Instant now) {
        return finish(LifecycleAction.RECORD_PROGRESS.apply(status), new ArrayList<>(), now);
    }

    List<FieldChange> proposeSolution(Instant now) {
        return finish(LifecycleAction.PROPOSE_SOLUTION.apply(status), new ArrayList<>(), now);
    }

    List<FieldChange> acceptSolution(String solutionText, Instant now) {
        return resolve(LifecycleAction.ACCEPT_SOLUTION.apply(status), solutionText, now);
    }

    List<FieldChange> rejectSolution(Instant now) {
        return finish(LifecycleAction.REJECT_SOLUTION.apply(status), new ArrayList<>(), now);
    }

    /**
     * A follow-up's outcome; {@code giveUp}: this was the last unreachable attempt the tenant allows, the case
     * closes as not reachable.
     */
    List<FieldChange> recordFollowUp(FollowUpOutcome outcome, boolean giveUp, Instant now) {
        LifecycleAction action = switch (outcome) {
            case SATISFIED -> LifecycleAction.FOLLOW_UP_SATISFIED;
            case DISSATISFIED -> LifecycleAction.FOLLOW_UP_DISSATISFIED;
            case UNREACHABLE -> giveUp ? LifecycleAction.FOLLOW_UP_GIVE_UP : LifecycleAction.FOLLOW_UP_UNREACHABLE;
        };
        ComplaintStatus next = action.apply(status);
        List<FieldChange> changes = new ArrayList<>();
        if (next == ComplaintStatus.CLOSED && giveUp) {
            changes.add(FieldChange.of("closingReason", closingReason, UNREACHABLE_REASON));
            closingReason = UNREACHABLE_REASON;
        }
        if (next == ComplaintStatus.CLOSED) {
            changes.add(FieldChange.of("closedAt", closedAt, now));
            closedAt = now;
        } else if (next == ComplaintStatus.REOPENED) {
            changes.addAll(startNextRound());
        }
        return finish(next, changes, now);
    }

    /** The closing reason of a case closed because the consumer could not be reached for the follow-up. */
    static final String UNREACHABLE_REASON = "UNREACHABLE";

    /** A supervisor (re)assigns the case within its department. */
    List<FieldChange> assignTo(String userId, Instant now) {
        if (!isAssignable()) {
            throw new ConflictException("not-assignable", "a " + status + " complaint takes no assignment");
        }
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("assigneeUserId", assigneeUserId, userId));
        assigneeUserId = userId;
        return finish(status, changes, now);
    }

    /** Adding an attachment is a change of the case (new version) that leaves its status alone. */
    List<FieldChange> attach(Instant now) {
        if (!takesAttachments()) {
            throw new ConflictException("case-ended", "a " + status + " complaint takes no more attachments");
        }
        return finish(status, new ArrayList<>(), now);
    }

    /** The case waits on the consumer or on an inspection: its resolution clock pauses. */
    List<FieldChange> startWaiting(WaitingKind kind, String reason, Instant now) {
        if (!isWaitable()) {
            throw new ConflictException("not-waitable", "a " + status + " complaint cannot wait");
        }
        if (waitingKind != null) {
            throw new ConflictException("already-waiting", "the complaint is waiting already (" + waitingKind + ")");
        }
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("waitingKind", null, kind));
        changes.add(FieldChange.of("waitingReason", null, reason));
        waitingKind = kind;
        waitingReason = reason;
        waitingSince = now;
        return finish(status, changes, now);
    }

    List<FieldChange> stopWaiting(Instant now) {
        if (waitingKind == null) {
            throw new ConflictException("not-waiting", "the complaint is not waiting");
        }
        List<FieldChange> changes = new ArrayList<>(clearWaiting());
        return finish(status, changes, now);
    }

    boolean isWaiting() {
        return waitingKind != null;
    }

    /** Only a case triaged as SIMPLE is resolved on the spot. */
    boolean isSimple() {
        return complexity == Complexity.SIMPLE;
    }

    /** Whether the case may start waiting (its status allows it; whether it waits already is {@link #isWaiting()}). */
    boolean isWaitable() {
        return LifecycleAction.RECORD_PROGRESS.allowedFrom(status) && status != ComplaintStatus.RECEIVED;
    }

    boolean isAssignable() {
        return AgentPicker.OPEN.contains(status);
    }

    boolean takesAttachments() {
        return !status.isTerminal();
    }

    /** A second-level escalation may raise the urgency (system action). */
    List<FieldChange> raiseUrgency(String reason, Instant now) {
        if (urgency == Urgency.URGENT || status.isTerminal() || status == ComplaintStatus.CLOSED) {
            return List.of();
        }
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("urgency", urgency, Urgency.URGENT));
        changes.add(FieldChange.of("urgencyReason", urgencyReason, reason));
        urgency = Urgency.URGENT;
        urgencyReason = reason;
        return finish(status, changes, now);
    }

    private List<FieldChange> clearWaiting() {
        if (waitingKind == null) {
            return List.of();
        }
        List<FieldChange> changes = List.of(FieldChange.of("waitingKind", waitingKind, null),
                FieldChange.of("waitingReason", waitingReason, null));
        waitingKind = null;
        waitingReason = null;
        waitingSince = null;
        return changes;
    }

    List<FieldChange> reopen(String reason, Instant now) {
        ComplaintStatus next = LifecycleAction.REOPEN.apply(status);
        List<FieldChange> changes = new ArrayList<>(startNextRound());
        changes.add(FieldChange.of("closingReason", closingReason, reason));
        closingReason = reason;
        return finish(next, changes, now);
    }

    List<FieldChange> reject(String reason, Instant now) {
        return end(LifecycleAction.REJECT.apply(status), reason, now);
    }

    List<FieldChange> withdraw(String reason, Instant now) {
        return end(LifecycleAction.WITHDRAW.apply(status), reason, now);
    }

    private List<FieldChange> startNextRound() {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("round", round, round + 1));
        changes.add(FieldChange.of("resolution", resolution, null));
        changes.add(FieldChange.of("resolvedAt", resolvedAt, null));
        changes.add(FieldChange.of("closedAt", closedAt, null));
        round++;
        resolution = null;
        resolvedAt = null;
        closedAt = null;
        return changes;
    }

    private List<FieldChange> resolve(ComplaintStatus next, String resolution, Instant now) {
        List<FieldChange> changes = new ArrayList<>(clearWaiting());
        changes.add(FieldChange.of("resolution", this.resolution, resolution));
        changes.add(FieldChange.of("resolvedAt", this.resolvedAt, now));
        this.resolution = resolution;
        this.resolvedAt = now;
        return finish(next, changes, now);
    }

    private List<FieldChange> end(ComplaintStatus next, String reason, Instant now) {
        List<FieldChange> changes = new ArrayList<>(clearWaiting());
        changes.add(FieldChange.of("closingReason", closingReason, reason));
        changes.add(FieldChange.of("closedAt", closedAt, now));
        closingReason = reason;
        closedAt = now;
        return finish(next, changes, now);
    }

    private List<FieldChange> finish(ComplaintStatus next, List<FieldChange> changes, Instant now) {
        changes.add(FieldChange.of("status", status, next));
        status = next;
        updatedAt = now;
        return changes.stream().filter(FieldChange::changed).toList();
    }

    public String caseNumber() {
        return caseNumber;
    }

    public long version() {
        return version;
    }

    public Consumer consumer() {
        return consumer;
    }

    /** The legal hold on this case, or null: the consumer's identity stays while it is set. */
    public LegalHold legalHold() {
        return legalHoldReason == null ? null : new LegalHold(legalHoldReason, legalHoldBy, legalHoldAt);
    }

    /** When the consumer's identity was erased from this case, or null. */
    public Instant anonymisedAt() {
        return anonymisedAt;
    }

    /** Places (or replaces) the legal hold. */
    List<FieldChange> placeLegalHold(String reason, String by, Instant now) {
        if (anonymisedAt != null) {
            throw new ConflictException("case-anonymised", "the consumer's identity was erased from this case already");
        }
        List<FieldChange> changes = List.of(FieldChange.of("legalHold", legalHoldReason, reason));
        legalHoldReason = reason;
        legalHoldBy = by;
        legalHoldAt = now;
        updatedAt = now;
        return changes;
    }

    /** Releases the legal hold. */
    List<FieldChange> releaseLegalHold(Instant now) {
        if (legalHoldReason == null) {
            throw new ConflictException("no-legal-hold", "the case is not under a legal hold");
        }
        List<FieldChange> changes = List.of(FieldChange.of("legalHold", legalHoldReason, null));
        legalHoldReason = null;
        legalHoldBy = null;
        legalHoldAt = null;
        updatedAt = now;
        return changes;
    }

    /**
     * Erases the consumer's identity: name, phone, e-mail and address, their blind indexes, the order reference, and
     * the consumer's name, address, phones, e-mails and ID numbers inside the case's texts. What the statistics count
     * (status, dates, category, urgency, region, department, rounds) stays. Refused under a legal hold.
     */
    List<FieldChange> eraseIdentity(Instant now) {
        if (legalHoldReason != null) {
            throw new ConflictException("legal-hold", "the case is under a legal hold: " + legalHoldReason);
        }
        String name = consumer.name();
        String address = consumer.address();
        consumer = consumer.erased();
        phoneKey = null;
        emailKey = null;
        referenceKey = null;
        subject = new Subject(subject.type(), Anonymizer.mask(subject.name(), name, address), null);
        description = Anonymizer.mask(description, name, address);
        expectedResolution = Anonymizer.mask(expectedResolution, name, address);
        urgencyReason = Anonymizer.mask(urgencyReason, name, address);
        resolution = Anonymizer.mask(resolution, name, address);
        closingReason = Anonymizer.mask(closingReason, name, address);
        waitingReason = Anonymizer.mask(waitingReason, name, address);
        anonymisedAt = now;
        updatedAt = now;
        return List.of(FieldChange.of("consumer", null, Consumer.ERASED_NAME));
    }

    /** Who set the legal hold, when and why. */
    public record LegalHold(String reason, String by, Instant at) {
    }

    public Subject subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public String expectedResolution() {
        return expectedResolution;
    }

    public String channel() {
        return channel;
    }

    /** Where a walk-in complaint was taken (store, branch), if recorded. */
    public String intakeLocation() {
        return intakeLocation;
    }

    public void takenAt(String location) {
        this.intakeLocation = location;
    }

    public String channelMessageId() {
        return channelMessageId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String accessCodeHash() {
        return accessCodeHash;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Category category() {
        return category;
    }

    public Complexity complexity() {
        return complexity;
    }

    public Urgency urgency() {
        return urgency;
    }

    public String urgencyReason() {
        return urgencyReason;
    }

    public UUID departmentId() {
        return departmentId;
    }

    public String assigneeUserId() {
        return assigneeUserId;
    }

    public String resolution() {
        return resolution;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closingReason() {
        return closingReason;
    }

    public int round() {
        return round;
    }

    public UUID mergedInto() {
        return mergedInto;
    }

    public String phoneKey() {
        return phoneKey;
    }

    public String emailKey() {
        return emailKey;
    }

    public String referenceKey() {
        return referenceKey;
    }

    public WaitingKind waitingKind() {
        return waitingKind;
    }

    public String waitingReason() {
        return waitingReason;
    }

    public Instant waitingSince() {
        return waitingSince;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
