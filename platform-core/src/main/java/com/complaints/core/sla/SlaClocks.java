package com.complaints.core.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.calendar.BusinessCalendar;
import com.complaints.core.calendar.BusinessCalendars;
import com.complaints.core.complaint.ClockView;
import com.complaints.core.complaint.Complaint;
import com.complaints.core.complaint.ComplaintEvent;
import com.complaints.core.shared.ListenerOrder;
import com.complaints.core.complaint.ComplaintClocks;
import com.complaints.core.complaint.ComplaintStatus;
import com.complaints.core.complaint.Complexity;
import com.complaints.core.complaint.Urgency;
import com.complaints.core.timer.Timers;

/**
 * The SLA clocks of every case: started, met, paused, resumed and cancelled by the lifecycle events, each watched
 * by three timers (warning, breach, second level). A case keeps the policy version in force when its first clock
 * started.
 */
@Service
@Transactional
class SlaClocks implements ComplaintClocks {

    static final String TIMER_PURPOSE = "sla";
    static final String WARNING = "WARNING";
    static final String BREACH = "BREACH";
    static final String SECOND_LEVEL = "SECOND_LEVEL";
    private static final Logger log = LoggerFactory.getLogger(SlaClocks.class);

    private final SlaClockRepository clocks;
    private final SlaPolicies policies;
    private final BusinessCalendars calendars;
    private final Timers timers;
    private final Clock clock;

    SlaClocks(SlaClockRepository clocks, SlaPolicies policies, BusinessCalendars calendars, Timers timers, Clock clock) {
        this.clocks = clocks;
        this.policies = policies;
        this.calendars = calendars;
        this.timers = timers;
        this.clock = clock;
    }

    /** In the change's transaction, after the timeline entry: the clocks a lifecycle event starts, meets, pauses or ends. */
    @EventListener
    @Order(ListenerOrder.SLA_CLOCKS)
    void on(ComplaintEvent e) {
        switch (e) {
            case ComplaintEvent.Triaged _ -> {
                open(e.complaintId()).stream().filter(c -> c.metric() != ClockMetric.HANDOVER_ACKNOWLEDGEMENT)
                        .forEach(this::cancel);
                startClassClocks(e, e.state().receivedAt(), true);
            }
            case ComplaintEvent.Transferred _ -> {
                openOf(e.complaintId(), ClockMetric.HANDOVER_ACKNOWLEDGEMENT).forEach(this::cancel);
                Policy p = policyOf(e.complaintId());
                if (p.targets().handoverAcknowledgement() != null) {
                    start(e, p, ClockMetric.HANDOVER_ACKNOWLEDGEMENT,
                            ClockPlan.Target.businessTime(p.targets().handoverAcknowledgement()), e.at(), e.referenceId());
                }
            }
            case ComplaintEvent.TransferAcknowledged _ -> unmetOf(e.complaintId(), ClockMetric.HANDOVER_ACKNOWLEDGEMENT).stream()
                    .filter(c -> e.referenceId() == null || e.referenceId().equals(c.referenceId()))
                    .forEach(c -> meet(c, e.at()));
            case ComplaintEvent.ProgressRecorded _ -> {
                unmetOf(e.complaintId(), ClockMetric.FIRST_CONTACT).forEach(c -> meet(c, e.at()));
                List<SlaClock> feedback = unmetOf(e.complaintId(), ClockMetric.PROGRESS_FEEDBACK);
                feedback.forEach(c -> meet(c, e.at()));
                if (!feedback.isEmpty() && isOpenCase(e.state().status())) {
                    Policy p = policyOf(e.complaintId());
                    start(e, p, ClockMetric.PROGRESS_FEEDBACK,
                            ClockPlan.Target.businessDays(p.targets().complexFeedbackIntervalDays()), e.at(), null);
                }
            }
            case ComplaintEvent.ResolvedOnTheSpot _ -> resolved(e);
            case ComplaintEvent.SolutionAccepted _ -> resolved(e);
            case ComplaintEvent.FollowUpRecorded _ -> {
                unmetOf(e.complaintId(), ClockMetric.FOLLOW_UP).forEach(c -> meet(c, e.at()));
                if (e.state().status() == ComplaintStatus.REOPENED) {
                    startClassClocks(e, e.at(), false);
                }
            }
            case ComplaintEvent.Reopened _ -> {
                openOf(e.complaintId(), ClockMetric.FOLLOW_UP).forEach(this::cancel);
                startClassClocks(e, e.at(), false);
            }
            case ComplaintEvent.Paused _ -> openOf(e.complaintId(), ClockMetric.RESOLUTION).forEach(c -> pause(c, e));
            case ComplaintEvent.Resumed _ -> openOf(e.complaintId(), ClockMetric.RESOLUTION).forEach(c -> resume(c, e));
            case ComplaintEvent.Rejected _ -> open(e.complaintId()).forEach(this::cancel);
            case ComplaintEvent.Withdrawn _ -> open(e.complaintId()).forEach(this::cancel);
            case ComplaintEvent.Merged _ -> open(e.complaintId()).forEach(this::cancel);
            default -> {
                // other changes do not move deadlines
            }
        }
    }

    /** Resolved (on the spot or by an accepted solution): first contact and resolution met, the rest ends, follow-up starts. */
    private void resolved(ComplaintEvent e) {
        for (SlaClock c : unmet(e.complaintId())) {
            switch (c.metric()) {
                case FIRST_CONTACT, RESOLUTION -> meet(c, e.at());
                default -> cancel(c);
            }
        }
        Policy p = policyOf(e.complaintId());
        start(e, p, ClockMetric.FOLLOW_UP, ClockPlan.Target.businessDays(p.targets().followUpDays()), e.at(), null);
    }

    /**
     * The clocks of the case's class: URGENT (first contact, resolution), COMPLEX (progress feedback, resolution)
     * or GENERAL (resolution). {@code fromReceipt}: resolution counts from receipt (first round) or from now.
     */
    private void startClassClocks(ComplaintEvent e, Instant resolutionStart, boolean firstRound) {
        Policy p = policyOf(e.complaintId());
        SlaTargets t = p.targets();
        if (e.state().urgency() == Urgency.URGENT) {
            if (firstRound) {
                start(e, p, ClockMetric.FIRST_CONTACT,
                        ClockPlan.Target.of(t.urgentFirstContact(), t.urgentFirstContactCalendarTime()), e.state().receivedAt(), null);
            }
            start(e, p, ClockMetric.RESOLUTION, ClockPlan.Target.businessDays(t.urgentResolutionDays()), resolutionStart, null);
        } else if (e.state().complexity() == Complexity.COMPLEX) {
            start(e, p, ClockMetric.PROGRESS_FEEDBACK, ClockPlan.Target.businessDays(
                    firstRound ? t.complexFirstFeedbackDays() : t.complexFeedbackIntervalDays()), e.at(), null);
            start(e, p, ClockMetric.RESOLUTION, ClockPlan.Target.businessDays(t.complexResolutionDays()), resolutionStart, null);
        } else {
            start(e, p, ClockMetric.RESOLUTION, ClockPlan.Target.businessDays(t.generalResolutionDays()), resolutionStart, null);
        }
    }

    private void start(ComplaintEvent e, Policy p, ClockMetric metric, ClockPlan.Target target, Instant start, UUID reference) {
        boolean urgent = e.state().urgency() == Urgency.URGENT;
        BusinessCalendar calendar = calendars.governing(e.state().departmentId());
        ClockPlan plan = ClockPlan.plan(calendar, target, start, p.targets().warningShare(), p.targets().secondLevelAfter(), urgent);
        SlaClock c = clocks.save(new SlaClock(e.complaintId(), metric, p.version(), e.state().round(), plan.businessTime(), urgent,
                reference, start, plan.dueAt(), plan.warnAt(), plan.secondLevelAt()));
        c.watchedBy(
                timers.schedule(TIMER_PURPOSE, WARNING, c.id(), e.complaintId(), plan.warnAt()),
                timers.schedule(TIMER_PURPOSE, BREACH, c.id(), e.complaintId(), plan.dueAt()),
                timers.schedule(TIMER_PURPOSE, SECOND_LEVEL, c.id(), e.complaintId(), plan.secondLevelAt()));
        log.debug("SLA clock started case={} metric={} due={}", e.state().caseNumber(), metric, plan.dueAt());
    }

    private void meet(SlaClock c, Instant at) {
        c.meet(at);
        timers.cancelAllOf(c.id());
    }

    private void cancel(SlaClock c) {
        if (c.cancel()) {
            timers.cancelAllOf(c.id());
        }
    }

    private void pause(SlaClock c, ComplaintEvent e) {
        if (c.state() != ClockState.RUNNING) {
            return;
        }
        BusinessCalendar calendar = calendars.governing(e.state().departmentId());
        Duration remaining = positive(c.businessTime() ? calendar.between(e.at(), c.dueAt()) : Duration.between(e.at(), c.dueAt()));
        Duration toWarn = c.warnedAt() != null || !c.warnAt().isAfter(e.at()) ? null
                : c.businessTime() ? calendar.between(e.at(), c.warnAt()) : Duration.between(e.at(), c.warnAt());
        c.pause(e.at(), remaining, toWarn);
        timers.cancelAllOf(c.id());
    }

    private void resume(SlaClock c, ComplaintEvent e) {
        if (c.state() != ClockState.PAUSED) {
            return;
        }
        Policy p = policies(c.policyVersion());
        BusinessCalendar calendar = calendars.governing(e.state().departmentId());
        Duration paused = c.businessTime() ? calendar.between(c.pausedAt(), e.at()) : Duration.between(c.pausedAt(), e.at());
        ClockPlan plan = ClockPlan.resume(calendar, c.businessTime(), e.at(), Duration.ofSeconds(c.remainingSeconds()),
                c.remainingToWarnSeconds() == null ? null : Duration.ofSeconds(c.remainingToWarnSeconds()), c.warnAt(),
                p.targets().secondLevelAfter(), c.urgent());
        c.resume(paused, plan.dueAt(), plan.warnAt(), plan.secondLevelAt());
        if (c.warnedAt() == null) {
            timers.reschedule(c.warningTimerId(), plan.warnAt());
        }
        timers.reschedule(c.breachTimerId(), plan.dueAt());
        timers.reschedule(c.secondLevelTimerId(), plan.secondLevelAt());
    }

    private List<SlaClock> open(UUID complaintId) {
        return clocks.findByComplaintIdOrderByStartedAtAscMetricAsc(complaintId).stream().filter(c -> c.state().isOpen()).toList();
    }

    /** Open clocks and breached ones not yet met: meeting a breached clock records when it was met, late. */
    private List<SlaClock> unmet(UUID complaintId) {
        return clocks.findByComplaintIdOrderByStartedAtAscMetricAsc(complaintId).stream()
                .filter(c -> c.state().isOpen() || (c.state() == ClockState.BREACHED && c.metAt() == null)).toList();
    }

    private List<SlaClock> unmetOf(UUID complaintId, ClockMetric metric) {
        return unmet(complaintId).stream().filter(c -> c.metric() == metric).toList();
    }

    private List<SlaClock> openOf(UUID complaintId, ClockMetric metric) {
        return open(complaintId).stream().filter(c -> c.metric() == metric).toList();
    }

    private Policy policyOf(UUID complaintId) {
        return clocks.findByComplaintIdOrderByStartedAtAscMetricAsc(complaintId).stream().findFirst()
                .map(c -> policies(c.policyVersion()))
                .orElseGet(() -> {
                    SlaPolicyView current = policies.current();
                    return new Policy(current.version(), current.targets());
                });
    }

    private Policy policies(int version) {
        SlaPolicyView v = policies.version(version);
        return new Policy(v.version(), v.targets());
    }

    private static boolean isOpenCase(ComplaintStatus status) {
        return !Set.of(ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOW_UP_PENDING, ComplaintStatus.CLOSED,
                ComplaintStatus.REJECTED, ComplaintStatus.WITHDRAWN).contains(status);
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private record Policy(int version, SlaTargets targets) {
    }

    // --- the port the complaint API uses ---

    @Override
    @Transactional(readOnly = true)
    public List<ClockView> of(UUID complaintId) {
        return clocks.findByComplaintIdOrderByStartedAtAscMetricAsc(complaintId).stream().map(SlaClock::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<ClockView>> ofAll(Collection<UUID> complaintIds) {
        return complaintIds.isEmpty() ? Map.of() : clocks.findByComplaintIdIn(complaintIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(SlaClock::complaintId,
                        java.util.stream.Collectors.mapping(SlaClock::view, java.util.stream.Collectors.toList())));
    }

    @Override
    public Specification<Complaint> matching(Boolean breached, Instant dueBefore, Boolean atRisk) {
        Instant now = clock.instant();
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (breached != null) {
                Predicate any = hasClock(root, query, cb, c -> cb.equal(c.get("state"), ClockState.BREACHED));
                predicates.add(breached ? any : cb.not(any));
            }
            if (dueBefore != null) {
                predicates.add(hasClock(root, query, cb, c -> cb.and(cb.equal(c.get("state"), ClockState.RUNNING),
                        cb.lessThan(c.get("dueAt"), dueBefore))));
            }
            if (atRisk != null) {
                Predicate any = hasClock(root, query, cb, c -> cb.and(cb.equal(c.get("state"), ClockState.RUNNING),
                        cb.lessThanOrEqualTo(c.get("warnAt"), now)));
                predicates.add(atRisk ? any : cb.not(any));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    @Override
    public Specification<Complaint> orderedByNextDue(boolean ascending) {
        return (root, query, cb) -> {
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                Subquery<Instant> due = query.subquery(Instant.class);
                Root<SlaClock> c = due.from(SlaClock.class);
                due.select(cb.least(c.<Instant>get("dueAt"))).where(cb.equal(c.get("complaintId"), root.get("id")),
                        c.get("state").in(ClockState.RUNNING, ClockState.BREACHED), cb.isNull(c.get("metAt")));
                query.orderBy(ascending ? cb.asc(due) : cb.desc(due), cb.asc(root.get("id")));
            }
            return cb.conjunction();
        };
    }

    /** {@code exists (a clock of this complaint matching the condition)}. */
    private static Predicate hasClock(Root<Complaint> complaint, CriteriaQuery<?> query, CriteriaBuilder cb,
                                      Function<Root<SlaClock>, Predicate> condition) {
        Subquery<Integer> sub = query.subquery(Integer.class);
        Root<SlaClock> c = sub.from(SlaClock.class);
        sub.select(cb.literal(1)).where(cb.equal(c.get("complaintId"), complaint.get("id")), condition.apply(c));
        return cb.exists(sub);
    }
}
