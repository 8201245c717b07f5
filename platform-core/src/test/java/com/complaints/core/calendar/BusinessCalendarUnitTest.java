package com.complaints.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.core.calendar.SpecialDay.DayType;

class BusinessCalendarUnitTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 2026 National Day: Oct 1–7 off, Sunday Sep 27 and Saturday Oct 10 are make-up working days. */
    private static final List<SpecialDay> NATIONAL_DAY = List.of(
            new SpecialDay(LocalDate.parse("2026-09-27"), DayType.MAKE_UP_DAY, "国庆调休", List.of()),
            holiday("2026-10-01"), holiday("2026-10-02"), holiday("2026-10-05"), holiday("2026-10-06"), holiday("2026-10-07"),
            new SpecialDay(LocalDate.parse("2026-10-10"), DayType.MAKE_UP_DAY, "国庆调休",
                    List.of(TimeRange.of("09:00", "12:00"))));

    private final BusinessCalendar china = new BusinessCalendar(SHANGHAI, BusinessCalendar.standardWeek(), NATIONAL_DAY);

    private static SpecialDay holiday(String date) {
        return new SpecialDay(LocalDate.parse(date), DayType.HOLIDAY, "国庆节", List.of());
    }

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private Instant sh(String local) {
        return at(local, SHANGHAI);
    }

    @Test
    void splitShiftsCountOnlyWorkingTime() {
        // 11:00 + 2h: one hour before lunch, lunch 12:00–13:30 does not count, one hour after
        assertThat(china.plus(sh("2026-11-02T11:00"), Duration.ofHours(2))).isEqualTo(sh("2026-11-02T14:30"));
        assertThat(china.between(sh("2026-11-02T09:00"), sh("2026-11-02T18:00"))).isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void weekendsAreSkippedAndMakeUpDaysCount() {
        // Friday 17:00 + 2h → Monday 10:00
        assertThat(china.plus(sh("2026-11-06T17:00"), Duration.ofHours(2))).isEqualTo(sh("2026-11-09T10:00"));
        // Saturday Sep 26 17:00 + 2h → make-up Sunday Sep 27 11:00
        assertThat(china.plus(sh("2026-09-26T17:00"), Duration.ofHours(2))).isEqualTo(sh("2026-09-27T11:00"));
        assertThat(china.isWorkingDay(LocalDate.parse("2026-09-27"))).isTrue();
        assertThat(china.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
        assertThat(china.workingHours(LocalDate.parse("2026-10-10"))).containsExactly(TimeRange.of("09:00", "12:00"));
    }

    @Test
    void holidaysDoNotCount() {
        // Wednesday Sep 30 17:00 + 2h: Oct 1–7 off (Oct 3, 4 weekend) → Thursday Oct 8 10:00
        assertThat(china.plus(sh("2026-09-30T17:00"), Duration.ofHours(2))).isEqualTo(sh("2026-10-08T10:00"));
        assertThat(china.between(sh("2026-10-01T00:00"), sh("2026-10-08T00:00"))).isZero();
    }

    @Test
    void partialHolidaysRemoveOnlyTheirHours() {
        var afternoonOff = new BusinessCalendar(SHANGHAI, BusinessCalendar.standardWeek(), List.of(
                new SpecialDay(LocalDate.parse("2026-12-31"), DayType.HOLIDAY, "除夕前半天", List.of(TimeRange.of("13:30", "18:00")))));
        assertThat(afternoonOff.workingHours(LocalDate.parse("2026-12-31"))).containsExactly(TimeRange.of("09:00", "12:00"));
        // year end: Thursday Dec 31 11:00 + 2h → Friday Jan 1 2027 10:00 (no holiday listed for Jan 1 here)
        assertThat(afternoonOff.plus(sh("2026-12-31T11:00"), Duration.ofHours(2))).isEqualTo(sh("2027-01-01T10:00"));
    }

    @Test
    void businessDaysEndAtTheSameWorkingTimeOfTheNthWorkingDay() {
        assertThat(china.plusBusinessDays(sh("2026-11-02T10:00"), 3)).isEqualTo(sh("2026-11-05T10:00"));
        // received on Saturday: Monday is the start day, three whole working days end Wednesday evening
        // (not "Thursday 09:00", the same business moment, which a consumer reads as a day late)
        assertThat(china.plusBusinessDays(sh("2026-11-07T15:00"), 3)).isEqualTo(sh("2026-11-11T18:00"));
        // received after hours: next morning is the start, one whole working day ends that evening
        assertThat(china.plusBusinessDays(sh("2026-11-02T19:00"), 1)).isEqualTo(sh("2026-11-03T18:00"));
        // received on the evening before National Day: the first working day after the holiday, Oct 8, ends it
        assertThat(china.plusBusinessDays(sh("2026-09-30T19:00"), 1)).isEqualTo(sh("2026-10-08T18:00"));
        // across National Day, Sep 30 16:00 + 2 → Oct 8, then Oct 9, 16:00
        assertThat(china.plusBusinessDays(sh("2026-09-30T16:00"), 2)).isEqualTo(sh("2026-10-09T16:00"));
        // a short make-up day ends early: Friday Oct 9 16:00 + 1 → Saturday Oct 10, whose working time ends 12:00
        assertThat(china.plusBusinessDays(sh("2026-10-09T16:00"), 1)).isEqualTo(sh("2026-10-10T12:00"));
        assertThat(china.plusBusinessDays(sh("2026-11-02T10:00"), 0)).isEqualTo(sh("2026-11-02T10:00"));
    }

    @Test
    void daylightSavingChangesAreRespected() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Map<DayOfWeek, List<TimeRange>> allDay = Map.of(DayOfWeek.SUNDAY, List.of(TimeRange.of("00:00", "24:00")));
        var sundays = new BusinessCalendar(berlin, allDay, List.of());
        // 29 March 2026: clocks go from 02:00 to 03:00, the day has 23 hours
        assertThat(sundays.between(at("2026-03-29T00:00", berlin), at("2026-03-30T00:00", berlin))).isEqualTo(Duration.ofHours(23));
        assertThat(sundays.plus(at("2026-03-29T01:00", berlin), Duration.ofHours(2))).isEqualTo(at("2026-03-29T04:00", berlin));
        // 25 October 2026: 25 hours
        assertThat(sundays.between(at("2026-10-25T00:00", berlin), at("2026-10-26T00:00", berlin))).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void aCalendarWithoutWorkingTimeIsAnErrorNotALoop() {
        var never = new BusinessCalendar(SHANGHAI, Map.of(), List.of());
        assertThatThrownBy(() -> never.plus(sh("2026-01-01T00:00"), Duration.ofHours(1))).isInstanceOf(NoWorkingTimeException.class);
        assertThatThrownBy(() -> never.nextBusinessInstant(sh("2026-01-01T00:00"))).isInstanceOf(NoWorkingTimeException.class);
        assertThatThrownBy(() -> never.plusBusinessDays(sh("2026-01-01T00:00"), 1)).isInstanceOf(NoWorkingTimeException.class);
    }

    @Test
    void refusesOverlapsAndDuplicates() {
        assertThatThrownBy(() -> new BusinessCalendar(SHANGHAI, Map.of(DayOfWeek.MONDAY,
                List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("11:00", "13:00"))), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessCalendar(SHANGHAI, Map.of(), List.of(holiday("2026-10-01"), holiday("2026-10-01"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nextBusinessInstant() {
        assertThat(china.nextBusinessInstant(sh("2026-11-02T12:30"))).isEqualTo(sh("2026-11-02T13:30"));
        assertThat(china.nextBusinessInstant(sh("2026-11-02T10:00"))).isEqualTo(sh("2026-11-02T10:00"));
        assertThat(china.nextBusinessInstant(sh("2026-11-06T18:00"))).isEqualTo(sh("2026-11-09T09:00"));
    }
}
