package com.complaints.core.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.calendar.BusinessCalendar;
import com.complaints.core.calendar.BusinessCalendars;

/**
 * "A complaint received at … would be due at …": every deadline the policy sets, for each class of case, computed
 * exactly as the clocks compute them (same plan, the real calendar of the tenant or of a department), for targets
 * being edited or the ones in force.
 */
@Service
public class DeadlinePreviews {

    /** The case classes of the policy and the deadlines every case has. */
    public enum CaseClass { GENERAL, COMPLEX, URGENT, ANY }

    /**
     * One deadline: its class and metric, the target as the policy states it (working days, or a duration of
     * working or calendar time), when it is due and when it warns.
     */
    public record Deadline(CaseClass caseClass, ClockMetric metric, Integer workingDays, Duration duration,
                           boolean businessTime, Instant dueAt, Instant warnAt) {
    }

    /** The deadlines of a complaint received at {@code receivedAt}, in the calendar's time zone. */
    public record Preview(Instant receivedAt, String timeZone, List<Deadline> deadlines) {
    }

    private final SlaPolicies policies;
    private final BusinessCalendars calendars;
    private final Clock clock;

    DeadlinePreviews(SlaPolicies policies, BusinessCalendars calendars, Clock clock) {
        this.policies = policies;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * The deadlines under {@code targets} (the policy in force when null) of a complaint received at
     * {@code receivedAt} (now when null) by the department {@code departmentId} (the tenant's calendar when null).
     * Follow-up and handover acknowledgement are shown as if resolved or handed over at that instant.
     */
    @Transactional(readOnly = true)
    public Preview preview(SlaTargets targets, Instant receivedAt, UUID departmentId) {
        SlaTargets t = targets == null ? policies.current().targets() : targets;
        t.validate();
        Instant at = receivedAt == null ? clock.instant() : receivedAt;
        BusinessCalendar calendar = calendars.governing(departmentId);
        List<Deadline> deadlines = List.of(
                days(calendar, t, at, CaseClass.GENERAL, ClockMetric.RESOLUTION, t.generalResolutionDays(), false),
                days(calendar, t, at, CaseClass.COMPLEX, ClockMetric.PROGRESS_FEEDBACK, t.complexFirstFeedbackDays(), false),
                days(calendar, t, at, CaseClass.COMPLEX, ClockMetric.RESOLUTION, t.complexResolutionDays(), false),
                time(calendar, t, at, CaseClass.URGENT, ClockMetric.FIRST_CONTACT, t.urgentFirstContact(),
                        t.urgentFirstContactCalendarTime(), true),
                days(calendar, t, at, CaseClass.URGENT, ClockMetric.RESOLUTION, t.urgentResolutionDays(), true),
                time(calendar, t, at, CaseClass.ANY, ClockMetric.HANDOVER_ACKNOWLEDGEMENT, t.handoverAcknowledgement(), false, false),
                days(calendar, t, at, CaseClass.ANY, ClockMetric.FOLLOW_UP, t.followUpDays(), false));
        return new Preview(at, calendar.zone().getId(), deadlines);
    }

    private static Deadline days(BusinessCalendar calendar, SlaTargets t, Instant at, CaseClass caseClass, ClockMetric metric,
                                 int days, boolean urgent) {
        ClockPlan plan = ClockPlan.plan(calendar, ClockPlan.Target.businessDays(days), at, t.warningShare(),
                t.secondLevelAfter(), urgent);
        return new Deadline(caseClass, metric, days, null, true, plan.dueAt(), plan.warnAt());
    }

    private static Deadline time(BusinessCalendar calendar, SlaTargets t, Instant at, CaseClass caseClass, ClockMetric metric,
                                 Duration duration, boolean calendarTime, boolean urgent) {
        ClockPlan plan = ClockPlan.plan(calendar, ClockPlan.Target.of(duration, calendarTime), at, t.warningShare(),
                t.secondLevelAfter(), urgent);
        return new Deadline(caseClass, metric, null, duration, !calendarTime, plan.dueAt(), plan.warnAt());
    }
}
