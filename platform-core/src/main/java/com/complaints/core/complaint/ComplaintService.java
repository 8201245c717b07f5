package com.complaints.core.complaint;

import static com.complaints.core.complaint.FieldRules.LONG_TEXT_MAX;
import static com.complaints.core.complaint.FieldRules.TEXT_MAX;
import static com.complaints.core.complaint.FieldRules.requireText;
import static com.complaints.core.complaint.FieldRules.throwIfAny;
import static com.complaints.core.complaint.FieldRules.trimToNull;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.attachment.AttachmentView;
import com.complaints.core.attachment.Attachments;
import com.complaints.core.privacy.AccessAction;
import com.complaints.core.privacy.PersonalDataAccessLog;
import com.complaints.core.department.DepartmentService;
import com.complaints.core.security.Role;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.Actor;
import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.ForbiddenException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.PreconditionFailedException;
import com.complaints.core.timeline.FieldChange;
import com.complaints.core.timeline.Timeline;
import com.complaints.core.timeline.TimelineEntry;

/**
 * The complaint lifecycle as staff drive it. Every action locks the case visible to the caller (else 404), checks
 * the caller's expected version, applies the guarded transition, writes its records, and ends with the change's
 * {@link ComplaintEvent} (through {@link CaseRecorder}), so the returned view carries the new version. Intake lives
 * in the intake feature, the consumer's side in {@link ConsumerActions}, the platform's own in {@link SystemActions}.
 */
@Service
@Transactional
public class ComplaintService {

    private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);

    private final ComplaintRepository complaints;
    private final HandoverRepository handovers;
    private final SolutionRepository solutions;
    private final ProgressUpdateRepository progress;
    private final ComplaintAccess access;
    private final DepartmentService departments;
    private final Timeline timeline;
    private final Attachments attachments;
    private final ComplaintClocks clocks;
    private final AgentPicker agentPicker;
    private final CaseRecorder recorder;
    private final ComplaintViews views;
    private final SolutionDecisions decisions;
    private final FollowUpRecorder followUpRecorder;
    private final CaseActions caseActions;
    private final PersonalDataAccessLog accessLog;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, HandoverRepository handovers, SolutionRepository solutions,
                     ProgressUpdateRepository progress, ComplaintAccess access, DepartmentService departments,
                     Timeline timeline, Attachments attachments, ComplaintClocks clocks, AgentPicker agentPicker,
                     CaseRecorder recorder, ComplaintViews views, SolutionDecisions decisions,
                     FollowUpRecorder followUpRecorder, CaseActions caseActions, PersonalDataAccessLog accessLog, Clock clock) {
        this.complaints = complaints;
        this.handovers = handovers;
        this.solutions = solutions;
        this.progress = progress;
        this.access = access;
        this.departments = departments;
        this.timeline = timeline;
        this.attachments = attachments;
        this.clocks = clocks;
        this.agentPicker = agentPicker;
        this.recorder = recorder;
        this.views = views;
        this.decisions = decisions;
        this.followUpRecorder = followUpRecorder;
        this.caseActions = caseActions;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ComplaintView get(StaffPrincipal staff, UUID id) {
        return views.view(visible(staff, id), staff);
    }

    /**
     * A page of the cases the caller sees, narrowed by {@code filter} and, when given, a queue's criteria;
     * {@code byNextDue} (ascending or descending) orders them by their next due clock instead of {@code page}'s sort.
     */
    @Transactional(readOnly = true)
    public Page<ComplaintSummary> list(StaffPrincipal staff, ComplaintFilter filter, CaseQueue queue, Pageable page,
                                       Boolean byNextDue) {
        var spec = specification(staff, queue == null ? filter : filter.and(queueFilter(staff, queue)));
        if (byNextDue != null) {
            spec = spec.and(clocks.orderedByNextDue(byNextDue));
        }
        Page<Complaint> found = complaints.findAll(spec, page);
        var clocksByCase = clocks.ofAll(found.map(Complaint::id).getContent());
        Instant now = clock.instant();
        return found.map(c -> ComplaintSummary.of(c,
                NextDue.of(clocksByCase.getOrDefault(c.id(), List.of()), now).orElse(null)));
    }

    /** A case as it stands now and when it last changed, for a screen catching up ({@link #changedSince}). */
    public record ChangedCase(CaseState state, Instant updatedAt) {
    }

    /** The cases the caller sees that changed at or after {@code since}, oldest change first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ChangedCase> changedSince(StaffPrincipal staff, Instant since, int limit) {
        var filter = new ComplaintFilter(null, null, null, null, null, null, null, null, null, null, null, null, since,
                null);
        var page = org.springframework.data.domain.PageRequest.of(0, limit,
                org.springframework.data.domain.Sort.by("updatedAt").and(org.springframework.data.domain.Sort.by("id")));
        return complaints.findAll(specification(staff, filter), page).stream()
                .map(c -> new ChangedCase(CaseState.of(c), c.updatedAt())).toList();
    }

    /** How many cases the caller has in each queue. */
    @Transactional(readOnly = true)
    public Map<CaseQueue, Long> queueCounts(StaffPrincipal staff) {
        Map<CaseQueue, Long> counts = new EnumMap<>(CaseQueue.class);
        for (CaseQueue queue : CaseQueue.values()) {
            counts.put(queue, complaints.count(specification(staff, queueFilter(staff, queue))));
        }
        return counts;
    }

    private ComplaintFilter queueFilter(StaffPrincipal staff, CaseQueue queue) {
        return queue.filter(staff.userId(), staff.seesWholeTenant() ? null : access.departmentsOf(staff), clock.instant());
    }

    private org.springframework.data.jpa.domain.Specification<Complaint> specification(StaffPrincipal staff,
                                                                                        ComplaintFilter filter) {
        var spec = access.visibleTo(staff).and(filter.toSpecification());
        if (filter.filtersClocks()) {
            spec = spec.and(clocks.matching(filter.breached(), filter.dueBefore(), filter.atRisk()));
        }
        return spec;
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(StaffPrincipal staff, UUID id) {
        return timeline.of(visible(staff, id).id());
    }

    /**
     * The consumer's contact details in full, for a reader who may see the case; the reveal is written to the
     * tenant's personal-data access log (who, which case, when) and logged without the details themselves.
     */
    public ComplaintView.ConsumerView revealContact(StaffPrincipal staff, UUID id) {
        Complaint c = visible(staff, id);
        accessLog.record(staff.userId(), AccessAction.REVEAL, c.id(), c.caseNumber(), null);
        var consumer = c.consumer();
        return new ComplaintView.ConsumerView(consumer.name(), consumer.phone(), consumer.email(), consumer.address(),
                consumer.regionCode(), consumer.regionName());
    }

    /** A case the caller may see, for the features around the aggregate (duplicates, ...); else 404. */
    @Transactional(readOnly = true)
    public Complaint visible(StaffPrincipal staff, UUID id) {
        return complaints.findById(id).filter(c -> access.canSee(staff, c))
                .orElseThrow(() -> new NotFoundException("complaint"));
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
        return record(staff, c, ComplaintEvent.Triaged::new, actor(staff), now, null, changes, null);
    }

    /**
     * Sets a triaged case's urgency, its category and complexity kept (the triage of a bulk action); a case not
     * triaged yet needs a whole triage.
     */
    public ComplaintView setUrgency(StaffPrincipal staff, UUID id, Long expectedVersion, Urgency urgency, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (urgency == null) {
            errors.add(FieldError.of("urgency", "required"));
        }
        if (urgency == Urgency.URGENT && isBlank(reason)) {
            errors.add(FieldError.of("urgencyReason", "urgency-reason"));
        }
        checkLength(errors, "urgencyReason", reason, 500);
        throwIfAny(errors);
        Complaint c = load(staff, id, expectedVersion);
        if (c.category() == null || c.complexity() == null) {
            throw new ConflictException("not-triaged", "a complaint gets its urgency with its first triage");
        }
        Instant now = clock.instant();
        var changes = c.triage(c.category(), c.complexity(), urgency, trimToNull(reason), now);
        return record(staff, c, ComplaintEvent.Triaged::new, actor(staff), now, null, changes, null);
    }

    public ComplaintView resolve(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Resolve cmd) {
        requireText("resolution", cmd.resolution(), LONG_TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.resolveOnTheSpot(cmd.resolution(), now);
        return record(staff, c, ComplaintEvent.ResolvedOnTheSpot::new, actor(staff), now, "resolved on the spot", changes, null);
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
        return record(staff, c, ComplaintEvent.Transferred::new, actor(staff), now, cmd.note(), changes, handover.id());
    }

    public ComplaintView acknowledge(StaffPrincipal staff, UUID id, UUID transferId, Long expectedVersion) {
        Complaint c = load(staff, id, expectedVersion);
        Handover handover = handovers.findByIdAndComplaintId(transferId, c.id())
                .orElseThrow(() -> new NotFoundException("transfer"));
        if (!caseActions.mayAcknowledge(staff, handover.toDepartmentId())) {
            throw new ForbiddenException("only the receiving department (or a supervisor) acknowledges a transfer");
        }
        Instant now = clock.instant();
        handover.acknowledge(staff.userId(), now);
        var changes = c.acknowledgeTransfer(staff.userId(), now);
        return record(staff, c, ComplaintEvent.TransferAcknowledged::new, actor(staff), now, null, changes, handover.id());
    }

    public ComplaintView recordProgress(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Progress cmd) {
        requireText("message", cmd.message(), TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.recordProgress(now);
        ProgressUpdate update = progress.save(new ProgressUpdate(c.id(), cmd.message(), staff.userId(), c.departmentId(), now));
        return record(staff, c, ComplaintEvent.ProgressRecorded::new, actor(staff), now, cmd.message(), changes, update.id());
    }

    public ComplaintView proposeSolution(StaffPrincipal staff, UUID id, Long expectedVersion,
                                         ComplaintCommands.ProposeSolution cmd) {
        requireText("text", cmd.text(), LONG_TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.proposeSolution(now);
        Solution solution = solutions.save(new Solution(c.id(), cmd.text(), staff.userId(), now));
        return record(staff, c, ComplaintEvent.SolutionProposed::new, actor(staff), now, cmd.text(), changes, solution.id());
    }

    public ComplaintView acceptSolution(StaffPrincipal staff, UUID id, UUID solutionId, Long expectedVersion) {
        Complaint c = load(staff, id, expectedVersion);
        decisions.decide(c, solutionId, true, null, actor(staff));
        return views.view(c, staff);
    }

    public ComplaintView rejectSolution(StaffPrincipal staff, UUID id, UUID solutionId, Long expectedVersion,
                                        ComplaintCommands.SolutionDecision cmd) {
        requireText("reason", cmd == null ? null : cmd.reason(), TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        decisions.decide(c, solutionId, false, cmd.reason(), actor(staff));
        return views.view(c, staff);
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
        followUpRecorder.record(c, cmd.outcome(), cmd.satisfaction(), cmd.problemSolved(), trimToNull(cmd.comment()), actor(staff));
        return views.view(c, staff);
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
        return record(staff, c, ComplaintEvent.Reassigned::new, actor(staff), now, cmd.userId(), changes, null);
    }

    /** Closes the case as a duplicate of the primary; both must be visible to the caller. */
    public ComplaintView merge(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Merge cmd) {
        List<FieldError> errors = new ArrayList<>();
        if (cmd.primaryId() == null) {
            errors.add(FieldError.of("primaryId", "required"));
        }
        FieldRules.required(errors, "reason", cmd.reason(), TEXT_MAX);
        throwIfAny(errors);
        Complaint secondary = load(staff, id, expectedVersion);
        Complaint primary = complaints.findById(cmd.primaryId()).filter(p -> access.canSee(staff, p))
                .orElseThrow(() -> new InvalidInputException("primaryId", "unknown-complaint"));
        Instant now = clock.instant();
        var changes = secondary.mergeInto(primary, cmd.reason(), now);
        ComplaintView view = record(staff, secondary, ComplaintEvent.Merged::new, actor(staff), now, cmd.reason(), changes, primary.id());
        recorder.record(primary, ComplaintEvent.MergeReceived::new, actor(staff), now, secondary.caseNumber(),
                List.of(FieldChange.of("mergedCase", null, secondary.caseNumber())), secondary.id());
        return view;
    }

    public ComplaintView pause(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Pause cmd) {
        List<FieldError> errors = new ArrayList<>();
        if (cmd.kind() == null) {
            errors.add(FieldError.of("kind", "waiting-kind"));
        }
        FieldRules.required(errors, "reason", cmd.reason(), TEXT_MAX);
        throwIfAny(errors);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.startWaiting(cmd.kind(), cmd.reason(), now);
        return record(staff, c, ComplaintEvent.Paused::new, actor(staff), now, cmd.reason(), changes, null);
    }

    public ComplaintView resume(StaffPrincipal staff, UUID id, Long expectedVersion) {
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.stopWaiting(now);
        return record(staff, c, ComplaintEvent.Resumed::new, actor(staff), now, null, changes, null);
    }

    public ComplaintView reopen(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Reason cmd) {
        requireText("reason", cmd.reason(), TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        if (!staff.has(Role.SUPERVISOR) && !staff.has(Role.TENANT_ADMIN)) {
            throw new ForbiddenException("only a supervisor reopens a complaint");
        }
        Instant now = clock.instant();
        var changes = c.reopen(cmd.reason(), now);
        return record(staff, c, ComplaintEvent.Reopened::new, actor(staff), now, cmd.reason(), changes, null);
    }

    public ComplaintView reject(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Reason cmd) {
        requireText("reason", cmd.reason(), TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.reject(cmd.reason(), now);
        return record(staff, c, ComplaintEvent.Rejected::new, actor(staff), now, cmd.reason(), changes, null);
    }

    public ComplaintView withdraw(StaffPrincipal staff, UUID id, Long expectedVersion, ComplaintCommands.Reason cmd) {
        requireText("reason", cmd.reason(), TEXT_MAX);
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.withdraw(cmd.reason(), now);
        return record(staff, c, ComplaintEvent.Withdrawn::new, actor(staff), now, cmd.reason(), changes, null);
    }

    public AttachmentAdded attach(StaffPrincipal staff, UUID id, Long expectedVersion, String fileName,
                                  String contentType, InputStream content) {
        Complaint c = load(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.attach(now);
        AttachmentView attachment = attachments.add(c.id(), fileName, contentType, content, staff.userId());
        record(staff, c, ComplaintEvent.AttachmentAdded::new, actor(staff), now, attachment.fileName(), changes, attachment.id());
        return new AttachmentAdded(attachment, c.version());
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> attachments(StaffPrincipal staff, UUID id) {
        return attachments.of(visible(staff, id).id());
    }

    /** The caller closes the content's stream; the download is in the personal-data access log. */
    public Attachments.Content attachment(StaffPrincipal staff, UUID id, UUID attachmentId) {
        Complaint c = visible(staff, id);
        Attachments.Content content = attachments.open(c.id(), attachmentId);
        accessLog.record(staff.userId(), AccessAction.DOWNLOAD, c.id(), c.caseNumber(), null);
        return content;
    }

    public record AttachmentAdded(AttachmentView attachment, long complaintVersion) {
    }

    private ComplaintView record(StaffPrincipal staff, Complaint c, ComplaintEvent.Kind kind, Actor actor, Instant now,
                                 String summary, List<FieldChange> changes, UUID referenceId) {
        recorder.record(c, kind, actor, now, summary, changes, referenceId);
        return views.view(c, staff);
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

    private static Actor actor(StaffPrincipal staff) {
        return Actor.staff(staff.userId());
    }

    private static void checkLength(List<FieldError> errors, String field, String value, int max) {
        FieldRules.optional(errors, field, value, max);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
