package com.complaints.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A date that differs from the weekly pattern.
 *
 * @param date  the date (in the calendar's time zone)
 * @param type  HOLIDAY: no work, or — with {@code hours} — no work in those hours only (a partial holiday);
 *              MAKE_UP_DAY (调休): a working day although it falls on a weekend, with its {@code hours}
 *              (none given: the calendar's Monday hours)
 * @param name  e.g. 国庆节, 春节调休上班
 * @param hours see {@code type}
 */
public record SpecialDay(LocalDate date, DayType type, String name, List<TimeRange> hours) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        hours = hours == null ? List.of() : List.copyOf(hours);
    }

    public enum DayType {
        HOLIDAY,
        MAKE_UP_DAY
    }
}
