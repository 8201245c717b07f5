package com.complaints.core.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Whole days from {@code from} to {@code to} (both included) in a time zone, and the instants they span
 * ([start, end)). Ranges asked for through the API run forwards and for at most {@value #MAX_DAYS} days.
 */
public record DayRange(LocalDate from, LocalDate to, Instant start, Instant end) {

    public static final int MAX_DAYS = 366;

    /** Refuses a range that runs backwards or is longer than {@value #MAX_DAYS} days (as errors on {@code to}). */
    public static void check(LocalDate from, LocalDate to) {
        Dates.check("from", from);
        Dates.check("to", to);
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "range-order");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException("to", "range-too-long", MAX_DAYS);
        }
    }

    /** A checked range of days in the zone. */
    public static DayRange of(LocalDate from, LocalDate to, ZoneId zone) {
        check(from, to);
        return new DayRange(from, to, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
