package com.complaints.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import com.complaints.core.calendar.SpecialDay.DayType;

/** Properties of the calendar arithmetic over random instants, durations and special days. */
class BusinessCalendarPropertiesTest {

    private static final Instant EPOCH_2026 = Instant.parse("2025-12-31T16:00:00Z");

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Europe/Berlin"),
                ZoneId.of("America/New_York"), ZoneId.of("UTC"));
        Arbitrary<List<SpecialDay>> specials = Arbitraries.integers().between(0, 364)
                .map(d -> LocalDate.of(2026, 1, 1).plusDays(d))
                .set().ofMaxSize(40)
                .map(dates -> {
                    List<SpecialDay> days = new ArrayList<>();
                    int i = 0;
                    for (LocalDate date : dates) {
                        boolean weekend = date.getDayOfWeek().getValue() >= 6;
                        days.add(weekend && i % 2 == 0
                                ? new SpecialDay(date, DayType.MAKE_UP_DAY, "调休", List.of())
                                : new SpecialDay(date, DayType.HOLIDAY, "假日", i % 3 == 0 ? List.of(TimeRange.of("13:30", "18:00")) : List.of()));
                        i++;
                    }
                    return days;
                });
        return net.jqwik.api.Combinators.combine(zones, specials)
                .as((zone, days) -> new BusinessCalendar(zone, BusinessCalendar.standardWeek(), days));
    }

    @Property(tries = 300)
    void betweenUndoesPlus(@ForAll("calendars") BusinessCalendar calendar,
                           @ForAll @LongRange(min = 0, max = 364L * 24 * 60) long startMinute,
                           @ForAll @LongRange(min = 0, max = 200L * 60) long minutes) {
        Instant a = EPOCH_2026.plus(Duration.ofMinutes(startMinute));
        Duration d = Duration.ofMinutes(minutes);
        assertThat(calendar.between(a, calendar.plus(a, d))).isEqualTo(d);
    }

    @Property(tries = 300)
    void plusIsMonotonic(@ForAll("calendars") BusinessCalendar calendar,
                         @ForAll @LongRange(min = 0, max = 364L * 24 * 60) long startMinute,
                         @ForAll @LongRange(min = 0, max = 100L * 60) long shorter,
                         @ForAll @LongRange(min = 0, max = 100L * 60) long extra) {
        Instant a = EPOCH_2026.plus(Duration.ofMinutes(startMinute));
        Instant first = calendar.plus(a, Duration.ofMinutes(shorter));
        Instant second = calendar.plus(a, Duration.ofMinutes(shorter + extra));
        assertThat(first).isAfterOrEqualTo(a);
        assertThat(second).isAfterOrEqualTo(first);
    }

    @Property(tries = 300)
    void resultsOfPositiveDurationsLieInWorkingTime(@ForAll("calendars") BusinessCalendar calendar,
                                                   @ForAll @LongRange(min = 0, max = 364L * 24 * 60) long startMinute,
                                                   @ForAll @LongRange(min = 1, max = 100L * 60) long minutes) {
        Instant a = EPOCH_2026.plus(Duration.ofMinutes(startMinute));
        Instant due = calendar.plus(a, Duration.ofMinutes(minutes));
        // the last business minute before the due instant is working time
        assertThat(calendar.isWorkingTime(due.minusSeconds(60))).isTrue();
    }

    @Property(tries = 200)
    void businessDaysLandOnWorkingDays(@ForAll("calendars") BusinessCalendar calendar,
                                       @ForAll @LongRange(min = 0, max = 300L * 24 * 60) long startMinute,
                                       @ForAll @IntRange(min = 1, max = 20) int days) {
        Instant a = EPOCH_2026.plus(Duration.ofMinutes(startMinute));
        Instant due = calendar.plusBusinessDays(a, days);
        assertThat(due).isAfter(a);
        assertThat(calendar.isWorkingDay(due.minusSeconds(1).atZone(calendar.zone()).toLocalDate())).isTrue();
        assertThat(calendar.plusBusinessDays(a, days + 1)).isAfter(due);
    }

    @Property(tries = 200)
    void makeUpDaysCountAndHolidaysDoNot(@ForAll @IntRange(min = 0, max = 50) int week) {
        LocalDate saturday = LocalDate.of(2026, 1, 3).plusWeeks(week);
        LocalDate monday = saturday.plusDays(2);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        var plain = new BusinessCalendar(zone, BusinessCalendar.standardWeek(), List.of());
        var withMakeUp = new BusinessCalendar(zone, BusinessCalendar.standardWeek(),
                List.of(new SpecialDay(saturday, DayType.MAKE_UP_DAY, "调休", List.of())));
        var withHoliday = new BusinessCalendar(zone, BusinessCalendar.standardWeek(),
                List.of(new SpecialDay(monday, DayType.HOLIDAY, "假日", List.of())));
        Instant from = saturday.minusDays(1).atStartOfDay(zone).toInstant();
        Instant to = monday.plusDays(1).atStartOfDay(zone).toInstant();
        Duration day = Duration.ofMinutes(450);
        assertThat(withMakeUp.between(from, to)).isEqualTo(plain.between(from, to).plus(day));
        assertThat(withHoliday.between(from, to)).isEqualTo(plain.between(from, to).minus(day));
    }
}
