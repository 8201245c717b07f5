package com.complaints.core.sla;

import java.time.Duration;
import java.time.Instant;

import com.complaints.core.calendar.BusinessCalendar;

/**
 * When a clock is due, when it warns and when a breach escalates to the second level.
 *
 * <p>Warnings and second-level escalations of non-urgent cases only ever fall into working time (they wait for the
 * next working minute); urgent cases escalate around the clock.
 */
record ClockPlan(boolean businessTime, Instant dueAt, Instant warnAt, Instant secondLevelAt) {

    /** A target: {@code days} business days, or a {@code duration} of business or calendar time. */
    record Target(Integer days, Duration duration, boolean calendarTime) {

        static Target businessDays(int days) {
            return new Target(days, null, false);
        }

        static Target businessTime(Duration duration) {
            return new Target(null, duration, false);
        }

        static Target of(Duration duration, boolean calendarTime) {
            return new Target(null, duration, calendarTime);
        }
    }

    static ClockPlan plan(BusinessCalendar calendar, Target target, Instant start, double warningShare,
                          Duration secondLevelAfter, boolean urgent) {
        boolean business = !target.calendarTime();
        Instant due = target.days() != null ? calendar.plusBusinessDays(start, target.days())
                : business ? calendar.plus(start, target.duration()) : start.plus(target.duration());
        Duration length = business ? calendar.between(start, due) : Duration.between(start, due);
        Duration toWarn = Duration.ofMillis((long) (length.toMillis() * warningShare));
        Instant warnAt = business ? calendar.plus(start, toWarn) : start.plus(toWarn);
        return new ClockPlan(business, due, working(calendar, warnAt, urgent),
                secondLevel(calendar, due, secondLevelAfter, business, urgent));
    }

    /** The same clock moved on by a pause: resumed at {@code at} with the remaining times it had. */
    static ClockPlan resume(BusinessCalendar calendar, boolean business, Instant at, Duration remaining,
                            Duration remainingToWarn, Instant warnAt, Duration secondLevelAfter, boolean urgent) {
        Instant due = business ? calendar.plus(at, remaining) : at.plus(remaining);
        Instant warn = remainingToWarn == null ? warnAt
                : working(calendar, business ? calendar.plus(at, remainingToWarn) : at.plus(remainingToWarn), urgent);
        return new ClockPlan(business, due, warn, secondLevel(calendar, due, secondLevelAfter, business, urgent));
    }

    private static Instant secondLevel(BusinessCalendar calendar, Instant due, Duration after, boolean business, boolean urgent) {
        Instant at = business || !urgent ? calendar.plus(due, after) : due.plus(after);
        return working(calendar, at, urgent);
    }

    private static Instant working(BusinessCalendar calendar, Instant at, boolean urgent) {
        return urgent ? at : calendar.nextBusinessInstant(at);
    }
}
