package com.complaints.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.complaints.core.calendar.SpecialDay.DayType;

class ICalendarCodecUnitTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void exportedDaysReadBackTheSame() throws IOException {
        List<SpecialDay> days = List.of(
                new SpecialDay(LocalDate.parse("2026-10-01"), DayType.HOLIDAY, "国庆节", List.of()),
                new SpecialDay(LocalDate.parse("2026-12-31"), DayType.HOLIDAY, "跨年半天", List.of(TimeRange.of("13:30", "18:00"))),
                new SpecialDay(LocalDate.parse("2026-10-10"), DayType.MAKE_UP_DAY, "国庆调休", List.of(TimeRange.of("09:00", "12:00"))));
        String ics = ICalendarCodec.export("Demo 2026", SHANGHAI, days, Instant.parse("2026-11-28T00:00:00Z"));
        assertThat(ics).contains("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20261001", "CATEGORIES:MAKE-UP-WORKDAY",
                "X-COMPLAINTS-HOURS:13:30-18:00");
        assertThat(ICalendarCodec.parse(stream(ics), SHANGHAI)).containsExactlyElementsOf(days);
    }

    @Test
    void readsPublicHolidayFeeds() throws IOException {
        String feed = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Example//China Holidays//CN
                BEGIN:VEVENT
                UID:national-day-2026
                DTSTAMP:20260101T000000Z
                DTSTART;VALUE=DATE:20261001
                DTEND;VALUE=DATE:20261008
                SUMMARY:国庆节 休
                END:VEVENT
                BEGIN:VEVENT
                UID:make-up-2026-09-27
                DTSTAMP:20260101T000000Z
                DTSTART;VALUE=DATE:20260927
                SUMMARY:国庆节 补班
                END:VEVENT
                BEGIN:VEVENT
                UID:half-day
                DTSTAMP:20260101T000000Z
                DTSTART;TZID=Asia/Shanghai:20261231T120000
                DTEND;TZID=Asia/Shanghai:20261231T180000
                SUMMARY:Year-end afternoon off
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n");
        List<SpecialDay> days = ICalendarCodec.parse(stream(feed), SHANGHAI);
        assertThat(days).hasSize(9);
        assertThat(days.stream().filter(d -> d.type() == DayType.HOLIDAY && d.hours().isEmpty()).map(SpecialDay::date))
                .containsExactly(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-03"),
                        LocalDate.parse("2026-10-04"), LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06"),
                        LocalDate.parse("2026-10-07"));
        assertThat(days).contains(new SpecialDay(LocalDate.parse("2026-09-27"), DayType.MAKE_UP_DAY, "国庆节 补班", List.of()));
        assertThat(days).contains(new SpecialDay(LocalDate.parse("2026-12-31"), DayType.HOLIDAY, "Year-end afternoon off",
                List.of(TimeRange.of("12:00", "18:00"))));
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> ICalendarCodec.parse(stream("not a calendar"), SHANGHAI))
                .isInstanceOf(ICalendarCodec.InvalidCalendarException.class);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
