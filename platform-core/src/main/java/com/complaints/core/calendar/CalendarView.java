package com.complaints.core.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.complaints.core.calendar.SpecialDay.DayType;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A business calendar as the admin API shows and takes it. Times are {@code HH:mm}; an end of {@code 24:00} is
 * midnight at the end of the day.
 */
public record CalendarView(UUID id, UUID departmentId, String name, String timeZone,
                           Map<DayOfWeek, List<Hours>> weeklyHours, List<Day> specialDays, long version,
                           Instant updatedAt) {

    public record Hours(String start, String end) {
    }

    public record Day(LocalDate date, DayType type, String name, List<Hours> hours) {
    }

    /** The body of create and update; {@code departmentId} only on create (null: not allowed, the tenant has one). */
    @Schema(name = "CalendarDraft")
    public record Draft(UUID departmentId, String name, String timeZone, Map<DayOfWeek, List<Hours>> weeklyHours,
                        List<Day> specialDays) {
    }
}
