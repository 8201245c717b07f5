package com.complaints.core.measure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.complaint.ComplaintService;
import com.complaints.core.department.DepartmentService;
import com.complaints.core.notification.StaffNotification;
import com.complaints.core.notification.StaffNotifications;
import com.complaints.core.security.Role;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.ForbiddenException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.PreconditionFailedException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.timer.FiredTimer;
import com.complaints.core.timer.TimerHandler;
import com.complaints.core.timer.Timers;

/**
 * Improvement measures (改进措施): created by supervisors from a finding, owned by a department or a person, due by
 * a date, moved through OPEN → IN_PROGRESS → DONE → VERIFIED. A measure still open the day after its due date
 * (tenant time zone) notifies its owner through the notifiers, once. The period summary counts measures opened, done
 * and overdue for the evaluation reports.
 */
@Service
@Transactional
public class ImprovementMeasures implements TimerHandler {

    static final String PURPOSE = "measure-due";

    private final MeasureRepository measures;
    private final MeasureCaseRepository cases;
    private final ComplaintService complaints;
    private final DepartmentService departments;
    private final StaffNotifications notifications;
    private final Timers timers;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final Clock clock;

    ImprovementMeasures(MeasureRepository measures, MeasureCaseRepository cases, ComplaintService complaints,
                        DepartmentService departments, StaffNotifications notifications, Timers timers,
                        TenantContext tenantContext, TenantDirectory tenants, Clock clock) {
        this.measures = measures;
        this.cases = cases;
        this.complaints = complaints;
        this.departments = departments;
        this.notifications = notifications;
        this.timers = timers;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Measures opened, done and overdue in a period. */
    public record Summary(LocalDate from, LocalDate to, long opened, long done, long overdue) {
    }

    public MeasureView create(StaffPrincipal staff, MeasureRequest r) {
        supervisor(staff);
        List<UUID> linked = check(staff, r);
        ImprovementMeasure m = measures.saveAndFlush(new ImprovementMeasure(r, staff.userId(), clock.instant()));
        linked.forEach(id -> cases.save(new MeasureCase(m.id(), id)));
        m.timer(timers.schedule(PURPOSE, "due", m.id(), null, overdueAt(m.dueDate())));
        return m.view(linked, today());
    }

    public MeasureView update(StaffPrincipal staff, UUID id, Long expectedVersion, MeasureRequest r) {
        supervisor(staff);
        ImprovementMeasure m = load(id, expectedVersion);
        List<UUID> linked = check(staff, r);
        m.describe(r);
        cases.deleteAll(cases.findByMeasureId(id));
        cases.flush();
        linked.forEach(c -> cases.save(new MeasureCase(id, c)));
        if (m.timerId() != null) {
            timers.reschedule(m.timerId(), overdueAt(m.dueDate()));
        }
        measures.saveAndFlush(m);
        return m.view(linked, today());
    }

    /** Moves the measure on; the owner or a supervisor may, only a supervisor verifies. */
    public MeasureView move(StaffPrincipal staff, UUID id, Long expectedVersion, MeasureStatus next) {
        ImprovementMeasure m = load(id, expectedVersion);
        if (!MeasureMoves.mayMove(staff, m.ownerUserId(), next)) {
            throw new ForbiddenException("the measure's owner or a supervisor moves it on; supervisors verify");
        }
        if (next == null) {
            throw new InvalidInputException("status", "one-of", "IN_PROGRESS, DONE, VERIFIED");
        }
        m.moveTo(next, clock.instant());
        measures.saveAndFlush(m);
        return view(m);
    }

    @Transactional(readOnly = true)
    public MeasureView get(UUID id) {
        return view(measures.findById(id).orElseThrow(() -> new NotFoundException("measure")));
    }

    @Transactional(readOnly = true)
    public Page<MeasureView> list(MeasureStatus status, Boolean overdue, Pageable page) {
        LocalDate today = today();
        Specification<ImprovementMeasure> spec = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (overdue != null) {
                Predicate late = cb.and(root.get("status").in(MeasureStatus.OPEN, MeasureStatus.IN_PROGRESS),
                        cb.lessThan(root.get("dueDate"), today));
                all.add(overdue ? late : cb.not(late));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        Page<ImprovementMeasure> found = measures.findAll(spec, page);
        Map<UUID, List<UUID>> linked = cases.findByMeasureIdIn(found.map(ImprovementMeasure::id).getContent()).stream()
                .collect(Collectors.groupingBy(MeasureCase::measureId, LinkedHashMap::new,
                        Collectors.mapping(MeasureCase::complaintId, Collectors.toList())));
        return found.map(m -> m.view(linked.getOrDefault(m.id(), List.of()), today));
    }

    /** Opened, done and overdue measures of [from, to] (days in the tenant's zone). */
    @Transactional(readOnly = true)
    public Summary summary(LocalDate from, LocalDate to) {
        ZoneId zone = zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        long opened = 0;
        long done = 0;
        long overdue = 0;
        for (ImprovementMeasure m : measures.findAll()) {
            MeasureView v = m.view(List.of(), today());
            if (!v.createdAt().isBefore(start) && v.createdAt().isBefore(end)) {
                opened++;
            }
            if (v.doneAt() != null && !v.doneAt().isBefore(start) && v.doneAt().isBefore(end)) {
                done++;
            }
            boolean lateInPeriod = !m.dueDate().isAfter(to) && !m.dueDate().isBefore(from.minusDays(1))
                    && (v.doneAt() == null || v.doneAt().isAfter(m.dueDate().plusDays(1).atStartOfDay(zone).toInstant()));
            if (lateInPeriod && m.dueDate().isBefore(today())) {
                overdue++;
            }
        }
        return new Summary(from, to, opened, done, overdue);
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    /** The day after the due date began and the measure is not done: tell its owner (once). */
    @Override
    public void fire(FiredTimer timer) {
        measures.findById(timer.subjectId()).filter(m -> !m.status().isFinished()).ifPresent(m -> {
            Map<String, String> variables = new LinkedHashMap<>();
            variables.put("title", m.title());
            variables.put("dueDate", m.dueDate().toString());
            String owner = m.ownerUserId() != null ? m.ownerUserId()
                    : m.ownerDepartmentId() == null ? "" : departments.find(m.ownerDepartmentId()).map(d -> d.nameZh()).orElse("");
            variables.put("owner", owner);
            StaffNotification.Recipient recipient = m.ownerUserId() != null ? StaffNotification.Recipient.USER
                    : m.ownerDepartmentId() != null ? StaffNotification.Recipient.DEPARTMENT_HEAD
                    : StaffNotification.Recipient.TENANT_ADMINS;
            String recipientId = m.ownerUserId() != null ? m.ownerUserId()
                    : m.ownerDepartmentId() == null ? null : m.ownerDepartmentId().toString();
            notifications.send(new StaffNotification("MEASURE_OVERDUE", null, recipient, recipientId, variables));
            m.overdueNotified(timer.firedAt());
        });
    }

    private MeasureView view(ImprovementMeasure m) {
        return m.view(cases.findByMeasureId(m.id()).stream().map(MeasureCase::complaintId).toList(), today());
    }

    private ImprovementMeasure load(UUID id, Long expectedVersion) {
        ImprovementMeasure m = measures.findById(id).orElseThrow(() -> new NotFoundException("measure"));
        if (expectedVersion != null && expectedVersion != m.version()) {
            throw new PreconditionFailedException(expectedVersion, m.version());
        }
        return m;
    }

    private List<UUID> check(StaffPrincipal staff, MeasureRequest r) {
        List<FieldError> errors = new ArrayList<>();
        length(errors, "title", r.title(), 200, true);
        if (r.findingType() == null) {
            errors.add(FieldError.of("findingType", "one-of", "ANOMALY, RECURRING, REPORT, CASES"));
        }
        length(errors, "finding", r.finding(), 2000, true);
        length(errors, "causeAnalysis", r.causeAnalysis(), 5000, false);
        length(errors, "action", r.action(), 5000, true);
        if (r.dueDate() == null) {
            errors.add(FieldError.of("dueDate", "required"));
        }
        if (r.ownerDepartmentId() == null && (r.ownerUserId() == null || r.ownerUserId().isBlank())) {
            errors.add(FieldError.of("ownerUserId", "required"));
        }
        if (r.ownerDepartmentId() != null && departments.find(r.ownerDepartmentId()).isEmpty()) {
            errors.add(FieldError.of("ownerDepartmentId", "unknown-department"));
        }
        length(errors, "ownerUserId", r.ownerUserId(), 100, false);
        List<UUID> linked = r.caseIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(r.caseIds()));
        if (linked.size() > 200) {
            errors.add(FieldError.of("caseIds", "max-items", 200));
        }
        if (r.findingType() == FindingType.CASES && linked.isEmpty()) {
            errors.add(FieldError.of("caseIds", "required"));
        }
        for (UUID id : linked) {
            try {
                complaints.get(staff, id);
            } catch (NotFoundException e) {
                errors.add(FieldError.of("caseIds", "unknown-complaint"));
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return linked;
    }

    private static void length(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "required"));
            }
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "max-length", max));
        }
    }

    private static void supervisor(StaffPrincipal staff) {
        if (!staff.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("supervisors create and change improvement measures");
        }
    }

    private Instant overdueAt(LocalDate due) {
        return due.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private ZoneId zone() {
        return tenants.zone(tenantContext.require());
    }
}
