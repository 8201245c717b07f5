package com.complaints.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.complaints.core.calendar.BusinessCalendar;

class ClockPlanUnitTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final BusinessCalendar calendar = new BusinessCalendar(SHANGHAI, BusinessCalendar.standardWeek(), List.of());

    private static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void businessDayTargetWarnsAtItsShareOfWorkingTime() {
        // Monday 09:00 + 2 business days = the end of Tuesday: 15h of working time; 75 % = 11h15 → Tuesday 14:15
        var plan = ClockPlan.plan(calendar, ClockPlan.Target.businessDays(2), sh("2026-11-02T09:00"), 0.75, Duration.ofHours(8), false);
        assertThat(plan.dueAt()).isEqualTo(sh("2026-11-03T18:00"));
        assertThat(plan.warnAt()).isEqualTo(sh("2026-11-03T14:15"));
        assertThat(plan.secondLevelAt()).isEqualTo(sh("2026-11-05T09:30"));
        assertThat(plan.businessTime()).isTrue();
    }

    @Test
    void nonUrgentWarningsWaitForWorkingTimeUrgentOnesDoNot() {
        // calendar-time target of 4h started Friday 20:00: due Saturday 00:00; warning at 75 % = Friday 23:00
        var normal = ClockPlan.plan(calendar, ClockPlan.Target.of(Duration.ofHours(4), true), sh("2026-11-06T20:00"), 0.75,
                Duration.ofHours(1), false);
        assertThat(normal.dueAt()).isEqualTo(sh("2026-11-07T00:00"));
        assertThat(normal.warnAt()).isEqualTo(sh("2026-11-09T09:00"));
        assertThat(normal.secondLevelAt()).isEqualTo(sh("2026-11-09T10:00"));
        var urgent = ClockPlan.plan(calendar, ClockPlan.Target.of(Duration.ofHours(4), true), sh("2026-11-06T20:00"), 0.75,
                Duration.ofHours(1), true);
        assertThat(urgent.warnAt()).isEqualTo(sh("2026-11-06T23:00"));
        assertThat(urgent.secondLevelAt()).isEqualTo(sh("2026-11-07T01:00"));
    }

    @Test
    void resumingAddsThePausedBusinessTime() {
        // paused Monday 10:00 with 5h left, resumed Tuesday 10:00 → due Tuesday 16:30
        var resumed = ClockPlan.resume(calendar, true, sh("2026-11-03T10:00"), Duration.ofHours(5), null,
                sh("2026-11-02T11:00"), Duration.ofHours(8), false);
        assertThat(resumed.dueAt()).isEqualTo(sh("2026-11-03T16:30"));
        assertThat(resumed.warnAt()).isEqualTo(sh("2026-11-02T11:00"));
    }
}
