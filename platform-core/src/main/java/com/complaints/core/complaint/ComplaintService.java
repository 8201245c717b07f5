package com.complaints.core.complaint;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.attachment.AttachmentView;
import com.complaints.core.attachment.Attachments;
import com.complaints.core.department.DepartmentService;
import com.complaints.core.security.Role;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.ForbiddenException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.PreconditionFailedException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.timeline.FieldChange;
import com.complaints.core.timeline.Timeline;
import com.complaints.core.timeline.TimelineEntry;
import com.complaints.plugin.api.ComplaintDraft;

/**
 * The complaint lifecycle as staff drive it. Every action loads the case visible to the caller (else 404), checks
 * the caller's expected version, applies the guarded transition, writes its records and a timeline event, and
 * flushes so that the returned view carries the new version.
 */
@Service
@Transactional
public class ComplaintService {

    private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);
    static final int TEXT_MAX = 2000;
    static final int LONG_TEXT_MAX = 5000;

    private final ComplaintRepository complaints;
    private final HandoverRepository handovers;
    private final SolutionRepository solutions;
    private final ProgressUpdateRepository progress;
    private final FollowUpRecordRepository followUps;
    private final ComplaintDraftValidator validator;
    private final CaseNumbers caseNumbers;
    private final AccessCodes accessCodes;
    private final ComplaintAccess access;
    private final DepartmentService departments;
    private final TenantContext tenantContext;
    private final TenantDirectory tenantDirectory;
    private final Timeline timeline;
    private final Attachments attachments;
    private final ComplaintClocks clocks;
    private final DuplicateFinder duplicates;
    private final AgentPicker agentPicker;
    private final ConsumerMessages consumerMessages;
    private final ConsumerNotices consumerNotices;
    private final FollowUpPolicies followUpPolicies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, HandoverRepository handovers, SolutionRepository solutions,
                     ProgressUpdateRepository progress, FollowUpRecordRepository followUps,
                     ComplaintDraftValidator validator, CaseNumbers caseNumbers, AccessCodes accessCodes,
                     ComplaintAccess access, DepartmentService departments, TenantContext tenantContext,
                     TenantDirectory tenantDirectory, Timeline timeline, Attachments attachments,
                     ComplaintClocks clocks, DuplicateFinder duplicates, AgentPicker agentPicker,
                     ConsumerMessages consumerMessages, ConsumerNotices consumerNotices,
                     FollowUpPolicies followUpPolicies, ApplicationEventPublisher events, Clock clock) {
        this.followUpPolicies = followUpPolicies;
        this.consumerMessages = consumerMessages;
        this.consumerNotices = consumerNotices;
        this.complaints = complaints;
        this.handovers = handovers;
        this.solutions = solutions;
        this.progress = progress;
        this.followUps = followUps;
        this.validator = validator;
        this.caseNumbers = caseNumbers;
        this.accessCodes = accessCodes;
        this.access = access;
        this.departments = departments;
        this.tenantContext = tenantContext;
        this.tenantDirectory = tenantDirectory;
        this.timeline = timeline;
        this.attachments = attachments;
        this.clocks = clocks;
        this.duplicates = duplicates;
        this.agentPicker = agentPicker;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Accepts a complaint from any channel. A redelivery of a channel message that already made a case returns
     * that case (without its access code) instead of creating a second one.
     */
    public IntakeReceipt receive(ComplaintDraft draft, String actor) {
        validator.validate(draft);
        if (draft.channelMessageId() != null) {
            var existing = complaints.findByChannelAndChannelMessageId(draft.channel(), draft.channelMessageId());
            if (existing.isPresent()) {
                Complaint c = existing.get();
                return new IntakeReceipt(c.id(), c.caseNumber(), null, c.status(), c.receivedAt(), c.version(), true, List.of());
            }
        }
        String tenant = tenantContext.require();
        var zone = tenantDirectory.find(tenant).orElseThrow(() -> new NotFoundException("tenant")).timeZone();
        Instant now = clock.instant();
        String accessCode = accessCodes.generate();
        var c = draft.consumer();
        Complaint complaint = new Complaint(
                caseNumbers.next(tenant, ZoneId.of(zone)),
                new Consumer(c.name().strip(), trimToNull(c.phone()),
                        trimToNull(c.email()) == null ? null : c.email().strip().toLowerCase(Locale.ROOT),
                        trimToNull(c.address()), trimToNull(c.regionCode()), trimToNull(c.regionName())),
                new Subject(draft.subject().type(), draft.subject().name().strip(), trimToNull(draft.subject().reference())),
                draft.description(), trimToNull(draft.expectedResolution()), draft.channel(), draft.channelMessageId(),
                draft.receivedAt() == null ? now : draft.receivedAt(), draft.occurredAt(), accessCodes.hash(accessCode),
                actor, now);
        complaint.takenAt(trimToNull(draft.location()));
        complaints.saveAndFlush(complaint);
        timeline.append(complaint.id(), "RECEIVED", actor, now, "received via " + draft.channel(),
                List.of(FieldChange.of("status", null, ComplaintStatus.RECEIVED)), null);
        events.publishEvent(new ComplaintChanged(complaint.id(), complaint.caseNumber(), "RECEIVED", complaint.status(),
                null, null, null, complaint.receivedAt(), null, null, complaint.round(), null, now));
        consumerNotices.received(complaint, accessCode);
        log.info("complaint received tenant={} case={} channel={}", tenant, complaint.caseNumber(), complaint.channel());
        return new IntakeReceipt(complaint.id(), complaint.caseNumber(), accessCode, complaint.status(),
                complaint.receivedAt(), complaint.version(), false, List.of());
    }

    /** Staff intake: the receipt plus the likely duplicates the intake agent may see. */
    public IntakeReceipt receiveFromStaff(ComplaintDraft draft, StaffPrincipal staff) {
        IntakeReceipt receipt = receive(draft, staff.userId());
        return receipt.withPossibleDuplicates(duplicates(staff, receipt.id()));
    }

    @Transactional(readOnly = true)
    public ComplaintView get(StaffPrincipal staff, UUID id) {
        return view(visible(staff, id));
    }

    @Transactional(readOnly = true)
    public Page<ComplaintSummary> list(StaffPrincipal staff, ComplaintFilter filter, Pageable page) {
        var spec = access.visibleTo(staff).and(filter.toSpecification());
        if (filter.filtersClocks()) {
            spec = spec.and(clocks.matching(filter.breached(), filter.dueBefore(), filter.atRisk()));
        }
        return complaints.findAll(spec, page).map(ComplaintSummary::of);
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(StaffPrincipal staff, UUID id) {
        return timeline.of(visible(staff, id).id());
    }

    public ComplaintView triage(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Triage cmd) {
        List<FieldError> errors = new ArrayList<>();
        if (cmd.category() == null) {
            errors.add(FieldError.of("category", "required"));
        }
        if (cmd.complexity() == null) {
            errors.add(FieldError.of("complexity", "required"));
        }
        if (cmd.urgency() == null) {
            errors.add(FieldError.of("urgency", "required"));
        }
        if (cmd.urgency() == Urgency.URGENT && isBlank(cmd.urgencyReason())) {
            errors.add(FieldError.of("urgencyReason", "urgency-reason"));
        }
        checkLength(errors, "urgencyReason", cmd.urgencyReason(), 500);
        throwIfAny(errors);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.triage(cmd.category(), cmd.complexity(), cmd.urgency(), trimToNull(cmd.urgencyReason()), now);
        return record(c, "TRIAGED", staff.userId(), now, null, changes, null);
    }

    public ComplaintView resolve(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Resolve cmd) {
        requireText("resolution", cmd.resolution(), LONG_TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.resolveOnTheSpot(cmd.resolution(), now);
        return record(c, "RESOLVED", staff.userId(), now, "resolved on the spot", changes, null);
    }

    public ComplaintView transfer(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Transfer cmd) {
        List<FieldError> errors = new ArrayList<>();
        if (cmd.toDepartmentId() == null) {
            errors.add(FieldError.of("toDepartmentId", "required"));
        }
        checkLength(errors, "toUserId", cmd.toUserId(), 100);
        checkLength(errors, "note", cmd.note(), TEXT_MAX);
        throwIfAny(errors);
        Complaint c = load(staff, id, expectedVersion);
        if (departments.find(cmd.toDepartmentId()).isEmpty()) {
            throw new InvalidInputException("toDepartmentId", "unknown-department");
        }
        Instant now = clock.instant();
        UUID fromDepartment = c.departmentId();
        String assignee = trimToNull(cmd.toUserId());
        if (assignee == null) {
            assignee = agentPicker.pick(cmd.toDepartmentId(), c.urgency()).orElse(null);
        }
        handovers.findByComplaintIdOrderByHandedOverAt(c.id()).stream().filter(Handover::isPending)
                .forEach(Handover::supersede);
        var changes = c.transferTo(cmd.toDepartmentId(), assignee, now);
        Handover handover = handovers.save(new Handover(c.id(), staff.userId(), fromDepartment, cmd.toDepartmentId(),
                assignee, trimToNull(cmd.note()), now));
        log.info("complaint transferred tenant={} case={} handover={}", staff.tenant(), c.caseNumber(), handover.id());
        return record(c, "TRANSFERRED", staff.userId(), now, cmd.note(), changes, handover.id());
    }

    public ComplaintView acknowledge(StaffPrincipal staff, UUID id, UUID transferId, Long expectedVersion) {
        Complaint c = load(staff, id, expectedVersion);
        Handover handover = handovers.findByIdAndComplaintId(transferId, c.id())
                .orElseThrow(() -> new NotFoundException("transfer"));
        if (!staff.seesWholeTenant() && !access.departmentsOf(staff).contains(handover.toDepartmentId())) {
            throw new ForbiddenException("only the receiving department (or a supervisor) acknowledges a transfer");
        }
        Instant now = clock.instant();
        handover.acknowledge(staff.userId(), now);
        var changes = c.acknowledgeTransfer(staff.userId(), now);
        return record(c, "TRANSFER_ACKNOWLEDGED", staff.userId(), now, null, changes, handover.id());
    }

    public ComplaintView recordProgress(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Progress cmd) {
        requireText("message", cmd.message(), TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.recordProgress(now);
        ProgressUpdate update = progress.save(new ProgressUpdate(c.id(), cmd.message(), staff.userId(), c.departmentId(), now));
        return record(c, "PROGRESS_RECORDED", staff.userId(), now, cmd.message(), changes, update.id());
    }

    public ComplaintView proposeSolution(StaffPrincipal staff, UUID id, Long expectedVersion,
                                         ComplaintCommands.ProposeSolution cmd) {
        requireText("text", cmd.text(), LONG_TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.proposeSolution(now);
        Solution solution = solutions.save(new Solution(c.id(), cmd.text(), staff.userId(), now));
        return record(c, "SOLUTION_PROPOSED", staff.userId(), now, cmd.text(), changes, solution.id());
    }

    public ComplaintView acceptSolution(StaffPrincipal staff, UUID id, UUID solutionId, Long expectedVersion) {
        return decide(load(staff, id, expectedVersion), solutionId, true, null, "staff:" + staff.userId());
    }

    public ComplaintView rejectSolution(StaffPrincipal staff, UUID id, UUID solutionId, Long expectedVersion,
                                        ComplaintCommands.SolutionDecision cmd) {
        requireText("reason", cmd == null ? null : cmd.reason(), TEXT_MAX);
        return decide(load(staff, id, expectedVersion), solutionId, false, cmd.reason(), "staff:" + staff.userId());
    }

    public ComplaintView recordFollowUp(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.FollowUp cmd) {
        List<FieldError> errors = new ArrayList<>();
        if (cmd.outcome() == null) {
            errors.add(FieldError.of("outcome", "outcome"));
        }
        if (cmd.satisfaction() != null && (cmd.satisfaction() < 1 || cmd.satisfaction() > 5)) {
            errors.add(FieldError.of("satisfaction", "range", 1, 5));
        }
        if (cmd.outcome() == FollowUpOutcome.UNREACHABLE && (cmd.satisfaction() != null || cmd.problemSolved() != null)) {
            errors.add(FieldError.of("outcome", "unreachable-no-answer"));
        }
        checkLength(errors, "comment", cmd.comment(), TEXT_MAX);
        throwIfAny(errors);
        Complaint c = load(staff, id, expectedVersion);
        return followUp(c, cmd.outcome(), cmd.satisfaction(), cmd.problemSolved(), trimToNull(cmd.comment()), staff.userId());
    }

    /**
     * The consumer's answer to a follow-up survey (system use: the survey link is the consumer's authority). The
     * tenant's threshold decides satisfied or dissatisfied.
     */
    ComplaintView recordSurveyAnswer(UUID complaintId, int satisfaction, Boolean solved, String comment, FollowUpPolicy policy) {
        Complaint c = complaints.findById(complaintId).orElseThrow(() -> new NotFoundException("complaint"));
        FollowUpOutcome outcome = policy.satisfied(satisfaction, solved) ? FollowUpOutcome.SATISFIED : FollowUpOutcome.DISSATISFIED;
        return followUp(c, outcome, satisfaction, solved, trimToNull(comment), "consumer");
    }

    private ComplaintView followUp(Complaint c, FollowUpOutcome outcome, Integer satisfaction, Boolean solved, String comment,
                                   String actor) {
        Instant now = clock.instant();
        int round = c.round();
        boolean giveUp = outcome == FollowUpOutcome.UNREACHABLE
                && followUps.findByComplaintIdOrderByRecordedAt(c.id()).stream()
                        .filter(f -> f.round() == round && f.outcome() == FollowUpOutcome.UNREACHABLE).count() + 1
                        >= followUpPolicies.current().maxUnreachable();
        var changes = c.recordFollowUp(outcome, giveUp, now);
        FollowUpRecord followUp = followUps.save(new FollowUpRecord(c.id(), outcome, satisfaction, solved, comment, round,
                actor, now));
        String summary = outcome + (giveUp ? " (closed: not reachable)" : "") + (comment == null ? "" : ": " + comment);
        return record(c, "FOLLOW_UP_RECORDED", actor, now, summary, changes, followUp.id());
    }

    /**
     * Routing sends a channel intake straight to a department, with a system handover record that the receiving
     * department still acknowledges. System use: no staff visibility check.
     */
    public void routeBySystem(UUID id, UUID departmentId, String userId, String ruleName) {
        complaints.findById(id).filter(c -> c.status() == ComplaintStatus.RECEIVED).ifPresent(c -> {
            Instant now = clock.instant();
            String assignee = userId != null ? userId : agentPicker.pick(departmentId, c.urgency()).orElse(null);
            var changes = c.route(departmentId, assignee, now);
            Handover handover = handovers.save(new Handover(c.id(), "system", null, departmentId, assignee,
                    "routed by rule " + ruleName, now));
            record(c, "TRANSFERRED", "system", now, "routed by rule " + ruleName, changes, handover.id());
        });
    }

    /** A supervisor (re)assigns the case to an agent; {@code null} puts it back in the department's queue. */
    public ComplaintView assign(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Assign cmd) {
        if (!staff.seesWholeTenant()) {
            throw new ForbiddenException("only a supervisor assigns cases");
        }
        List<FieldError> errors = new ArrayList<>();
        checkLength(errors, "userId", cmd.userId(), 100);
        throwIfAny(errors);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.assignTo(trimToNull(cmd.userId()), now);
        return record(c, "REASSIGNED", staff.userId(), now, cmd.userId(), changes, null);
    }

    @Transactional(readOnly = true)
    public List<DuplicateCandidate> duplicates(StaffPrincipal staff, UUID id) {
        return duplicates.of(visible(staff, id), access.canSee(staff));
    }

    /** Closes the case as a duplicate of the primary; both must be visible to the caller. */
    public ComplaintView merge(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Merge cmd) {
        List<FieldError> errors = new ArrayList<>();
        if (cmd.primaryId() == null) {
            errors.add(FieldError.of("primaryId", "required"));
        }
        ComplaintDraftValidator.required(errors, "reason", cmd.reason(), TEXT_MAX);
        throwIfAny(errors);
        Complaint secondary = load(staff, id, expectedVersion);
        Complaint primary = complaints.findById(cmd.primaryId()).filter(p -> access.canSee(staff, p))
                .orElseThrow(() -> new InvalidInputException("primaryId", "unknown-complaint"));
        Instant now = clock.instant();
        var changes = secondary.mergeInto(primary, cmd.reason(), now);
        ComplaintView view = record(secondary, "MERGED", staff.userId(), now, cmd.reason(), changes, primary.id());
        timeline.append(primary.id(), "MERGE_RECEIVED", staff.userId(), now, secondary.caseNumber(),
                List.of(FieldChange.of("mergedCase", null, secondary.caseNumber())), secondary.id());
        return view;
    }

    public ComplaintView pause(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Pause cmd) {
        List<FieldError> errors = new ArrayList<>();
        if (cmd.kind() == null) {
            errors.add(FieldError.of("kind", "waiting-kind"));
        }
        ComplaintDraftValidator.required(errors, "reason", cmd.reason(), TEXT_MAX);
        throwIfAny(errors);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.startWaiting(cmd.kind(), cmd.reason(), now);
        return record(c, "PAUSED", staff.userId(), now, cmd.reason(), changes, null);
    }

    public ComplaintView resume(StaffPrincipal staff, UUID id, Long expectedVersion) {
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.stopWaiting(now);
        return record(c, "RESUMED", staff.userId(), now, null, changes, null);
    }

    /** A system action of an SLA escalation: raise the urgency of a case that breached its deadline. */
    public void raiseUrgencyBySystem(UUID id, String reason) {
        complaints.findById(id).ifPresent(c -> {
            Instant now = clock.instant();
            var changes = c.raiseUrgency(reason, now);
            if (!changes.isEmpty()) {
                record(c, "URGENCY_RAISED", "system", now, reason, changes, null);
            }
        });
    }

    /** A case as staff read it, for system use (no visibility check). */
    @Transactional(readOnly = true)
    public ComplaintView systemView(UUID id) {
        return view(complaints.findById(id).orElseThrow(() -> new NotFoundException("complaint")));
    }

    /** What the SLA machinery needs to know of a case (no visibility check: system use only). */
    @Transactional(readOnly = true)
    public Optional<ComplaintFacts> facts(UUID id) {
        return complaints.findById(id).map(c -> new ComplaintFacts(c.id(), c.caseNumber(), c.status(), c.departmentId(),
                c.assigneeUserId(), c.urgency(), c.category(), c.isWaiting(), c.description()));
    }

    public record ComplaintFacts(UUID id, String caseNumber, ComplaintStatus status, UUID departmentId,
                                 String assigneeUserId, Urgency urgency, Category category, boolean waiting,
                                 String description) {
    }

    public ComplaintView reopen(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Reason cmd) {
        requireText("reason", cmd.reason(), TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        if (!staff.has(Role.SUPERVISOR) && !staff.has(Role.TENANT_ADMIN)) {
            throw new ForbiddenException("only a supervisor reopens a complaint");
        }
        Instant now = clock.instant();
        var changes = c.reopen(cmd.reason(), now);
        return record(c, "REOPENED", staff.userId(), now, cmd.reason(), changes, null);
    }

    public ComplaintView reject(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Reason cmd) {
        requireText("reason", cmd.reason(), TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.reject(cmd.reason(), now);
        return record(c, "REJECTED", staff.userId(), now, cmd.reason(), changes, null);
    }

    public ComplaintView withdraw(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Reason cmd) {
        requireText("reason", cmd.reason(), TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.withdraw(cmd.reason(), now);
        return record(c, "WITHDRAWN", staff.userId(), now, cmd.reason(), changes, null);
    }

    public AttachmentAdded attach(StaffPrincipal staff, UUID id, Long expectedVersion, String fileName,
                                  String contentType, InputStream content) {
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.attach(now);
        AttachmentView attachment = attachments.add(c.id(), fileName, contentType, content, staff.userId());
        record(c, "ATTACHMENT_ADDED", staff.userId(), now, attachment.fileName(), changes, attachment.id());
        return new AttachmentAdded(attachment, c.version());
    }

    /**
     * A file that came with a complaint through a channel (a mail attachment, a photo of the web form): attached like
     * a staff upload, through the aggregate and with its timeline event, by the channel's actor.
     */
    public AttachmentView attachFromChannel(UUID id, String fileName, String contentType, InputStream content, String actor) {
        Complaint c = complaints.findForChange(id).orElseThrow(() -> new NotFoundException("complaint"));
        Instant now = clock.instant();
        var changes = c.attach(now);
        AttachmentView attachment = attachments.add(c.id(), fileName, contentType, content, actor);
        record(c, "ATTACHMENT_ADDED", actor, now, attachment.fileName(), changes, attachment.id());
        return attachment;
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> attachments(StaffPrincipal staff, UUID id) {
        return attachments.of(visible(staff, id).id());
    }

    /** The caller closes the content's stream. */
    @Transactional(readOnly = true)
    public Attachments.Content attachment(StaffPrincipal staff, UUID id, UUID attachmentId) {
        return attachments.open(visible(staff, id).id(), attachmentId);
    }

    public record AttachmentAdded(AttachmentView attachment, long complaintVersion) {
    }

    // --- consumer side (public pages): the access code stands in for a login ---

    @Transactional(readOnly = true)
    public PublicCaseView publicView(String caseNumber, String accessCode) {
        Complaint given = byAccessCode(caseNumber, accessCode);
        Complaint c = given.mergedInto() == null ? given : complaints.findById(given.mergedInto()).orElse(given);
        var department = c.departmentId() == null ? null : departments.find(c.departmentId()).orElse(null);
        List<PublicCaseView.Message> messages = progress.findByComplaintIdOrderByRecordedAt(c.id()).stream()
                .map(p -> new PublicCaseView.Message(p.message(), p.recordedAt())).toList();
        List<PublicCaseView.ProposedSolution> proposed = solutions.findByComplaintIdOrderByProposedAt(c.id()).stream()
                .map(s -> new PublicCaseView.ProposedSolution(s.id(), s.text(), s.proposedAt(), s.status())).toList();
        return new PublicCaseView(c.caseNumber(), c.status(), c.receivedAt(),
                department == null ? null : department.nameZh(), department == null ? null : department.nameEn(),
                messages, proposed, c.resolution(), c.resolvedAt(), c == given ? null : given.caseNumber());
    }

    public PublicCaseView publicDecision(String caseNumber, String accessCode, UUID solutionId, boolean accept, String reason) {
        if (!accept) {
            requireText("reason", reason, TEXT_MAX);
        }
        Complaint c = byAccessCode(caseNumber, accessCode);
        decide(complaints.findForChange(c.id()).orElseThrow(), solutionId, accept, reason, "consumer");
        return publicView(caseNumber, accessCode);
    }

    private Complaint byAccessCode(String caseNumber, String accessCode) {
        return complaints.findByCaseNumber(caseNumber)
                .filter(c -> accessCodes.matches(accessCode, c.accessCodeHash()))
                .orElseThrow(() -> new NotFoundException("complaint"));
    }

    private ComplaintView decide(Complaint c, UUID solutionId, boolean accept, String reason, String actor) {
        Solution solution = solutions.findByIdAndComplaintId(solutionId, c.id())
                .orElseThrow(() -> new NotFoundException("solution"));
        Instant now = clock.instant();
        List<FieldChange> changes;
        if (accept) {
            changes = c.acceptSolution(solution.text(), now);
            solution.accept(actor, now);
        } else {
            changes = c.rejectSolution(now);
            solution.reject(actor, reason, now);
        }
        return record(c, accept ? "SOLUTION_ACCEPTED" : "SOLUTION_REJECTED", actor, now, reason, changes, solution.id());
    }

    private ComplaintView record(Complaint c, String type, String actor, Instant now, String summary,
                                 List<FieldChange> changes, UUID referenceId) {
        complaints.saveAndFlush(c);
        timeline.append(c.id(), type, actor, now, summary, changes, referenceId);
        events.publishEvent(new ComplaintChanged(c.id(), c.caseNumber(), type, c.status(), c.category(), c.complexity(),
                c.urgency(), c.receivedAt(), c.departmentId(), c.assigneeUserId(), c.round(), referenceId, now));
        log.info("complaint {} tenant={} case={} status={}", type.toLowerCase(Locale.ROOT), c.tenantId(), c.caseNumber(), c.status());
        return view(c);
    }

    /** A case to change: locked first (one lock order with the timers), then checked for visibility and version. */
    private Complaint load(StaffPrincipal staff, UUID id, Long expectedVersion) {
        Complaint c = complaints.findForChange(id).filter(found -> access.canSee(staff, found))
                .orElseThrow(() -> new NotFoundException("complaint"));
        if (expectedVersion != null && expectedVersion != c.version()) {
            throw new PreconditionFailedException(expectedVersion, c.version());
        }
        return c;
    }

    private Complaint visible(StaffPrincipal staff, UUID id) {
        return complaints.findById(id).filter(c -> access.canSee(staff, c))
                .orElseThrow(() -> new NotFoundException("complaint"));
    }

    private ComplaintView view(Complaint c) {
        var consumer = c.consumer();
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
                handovers.findByComplaintIdOrderByHandedOverAt(c.id()).stream()
                        .map(h -> new ComplaintView.HandoverView(h.id(), h.fromUserId(), h.fromDepartmentId(),
                                h.toDepartmentId(), h.toUserId(), h.note(), h.handedOverAt(), h.acknowledgedBy(),
                                h.acknowledgedAt(), h.isPending(), h.superseded()))
                        .toList(),
                solutions.findByComplaintIdOrderByProposedAt(c.id()).stream()
                        .map(s -> new ComplaintView.SolutionView(s.id(), s.text(), s.proposedBy(), s.proposedAt(),
                                s.status(), s.decidedBy(), s.decidedAt(), s.rejectionReason()))
                        .toList(),
                progress.findByComplaintIdOrderByRecordedAt(c.id()).stream()
                        .map(p -> new ComplaintView.ProgressView(p.id(), p.message(), p.authorUserId(), p.departmentId(),
                                p.recordedAt()))
                        .toList(),
                followUps.findByComplaintIdOrderByRecordedAt(c.id()).stream()
                        .map(f -> new ComplaintView.FollowUpView(f.id(), f.outcome(), f.satisfaction(), f.problemSolved(),
                                f.comment(), f.round(), f.recordedBy(), f.recordedAt()))
                        .toList(),
                attachments.of(c.id()),
                clocks.of(c.id()),
                c.mergedInto(),
                complaints.findByMergedIntoOrderByReceivedAt(c.id()).stream()
                        .map(m -> new ComplaintView.MergedCase(m.id(), m.caseNumber(), m.receivedAt())).toList(),
                consumerMessages.of(c.id()));
    }

    private static void requireText(String field, String value, int max) {
        List<FieldError> errors = new ArrayList<>();
        ComplaintDraftValidator.required(errors, field, value, max);
        throwIfAny(errors);
    }

    private static void checkLength(List<FieldError> errors, String field, String value, int max) {
        ComplaintDraftValidator.optional(errors, field, value, max);
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
