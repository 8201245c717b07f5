package com.complaints.core.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A range of the day, {@code [start, end)}; {@code end} 00:00 means midnight at the end of the day (24:00).
 */
record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!endsAtMidnight(end) && !end.isAfter(start)) {
            throw new IllegalArgumentException("a time range must end after it starts: " + start + "–" + end);
        }
    }

    public static TimeRange of(String start, String end) {
        return new TimeRange(LocalTime.parse(start), end.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(end));
    }

    public boolean endsAtMidnight() {
        return endsAtMidnight(end);
    }

    boolean overlaps(TimeRange other) {
        return start.isBefore(other.endOrMax()) && other.start.isBefore(endOrMax());
    }

    LocalTime endOrMax() {
        return endsAtMidnight() ? LocalTime.MAX : end;
    }

    private static boolean endsAtMidnight(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT);
    }

    @Override
    public String toString() {
        return start + "–" + (endsAtMidnight() ? "24:00" : end.toString());
    }
}
