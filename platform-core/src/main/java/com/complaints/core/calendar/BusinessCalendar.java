package com.complaints.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A business calendar and its arithmetic: weekly working hours (several intervals a day), public holidays (whole
 * or partial days) and make-up working days, in one IANA time zone.
 *
 * <p><b>Business days.</b> {@link #plusBusinessDays(Instant, int)} counts working days, not 24-hour periods: from
 * the first business instant at or after the start, it goes to the N-th following working day and stops when as
 * much of that day's working time has passed as had passed of the start day's — or at the end of that day's
 * working time when it is shorter. Received Monday 10:00 with 09:00–18:00 hours, 3 business days are due
 * Thursday 10:00. A start at the very beginning of a working day (received after hours, on a weekend or a holiday)
 * makes N whole working days, due at the end of the last of them, not at the next morning's first minute (the same
 * business moment, which a consumer would read as a day late): received Saturday, 3 business days are due Wednesday
 * 18:00 (Monday counts as the start day).
 *
 * <p>All local times are resolved in the zone with {@link ZonedDateTime#of}: a working interval across a
 * daylight-saving change is as long as the clock says it is. A calendar without working time in the 366 days after
 * an instant answers {@link NoWorkingTimeException} instead of searching forever.
 */
public final class BusinessCalendar {

    static final int HORIZON_DAYS = 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<TimeRange>> weekly;
    private final Map<LocalDate, SpecialDay> special;

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<TimeRange>> weeklyHours, List<SpecialDay> specialDays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.weekly = new EnumMap<>(DayOfWeek.class);
        weeklyHours.forEach((day, ranges) -> this.weekly.put(day, normalised(ranges)));
        this.special = new HashMap<>();
        for (SpecialDay day : specialDays) {
            if (special.put(day.date(), day) != null) {
                throw new IllegalArgumentException("the date " + day.date() + " is listed twice");
            }
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** The working time of a date, in order, without overlaps. */
    public List<TimeRange> workingHours(LocalDate date) {
        SpecialDay day = special.get(date);
        if (day == null) {
            return weekly.getOrDefault(date.getDayOfWeek(), List.of());
        }
        return switch (day.type()) {
            case MAKE_UP_DAY -> day.hours().isEmpty() ? weekly.getOrDefault(DayOfWeek.MONDAY, List.of()) : normalised(day.hours());
            case HOLIDAY -> day.hours().isEmpty() ? List.of() : subtract(weekly.getOrDefault(date.getDayOfWeek(), List.of()), day.hours());
        };
    }

    public boolean isWorkingDay(LocalDate date) {
        return !workingHours(date).isEmpty();
    }

    /** {@code start} plus {@code businessTime} of working time. */
    public Instant plus(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time must not be negative");
        }
        if (businessTime.isZero()) {
            return start;
        }
        Duration remaining = businessTime;
        LocalDate date = date(start);
        int idle = 0;
        while (true) {
            List<Interval> intervals = intervals(date);
            boolean worked = false;
            for (Interval iv : intervals) {
                if (!iv.end.isAfter(start)) {
                    continue;
                }
                worked = true;
                Instant from = iv.start.isAfter(start) ? iv.start : start;
                Duration available = Duration.between(from, iv.end);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            idle = worked ? 0 : idle + 1;
            if (idle > HORIZON_DAYS) {
                throw new NoWorkingTimeException(start.toString());
            }
            date = date.plusDays(1);
        }
    }

    /** The working time between two instants; negative when {@code to} is before {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        for (LocalDate date = date(from); !date.isAfter(date(to)); date = date.plusDays(1)) {
            for (Interval iv : intervals(date)) {
                Instant s = iv.start.isAfter(from) ? iv.start : from;
                Instant e = iv.end.isBefore(to) ? iv.end : to;
                if (e.isAfter(s)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return total;
    }

    /** {@code instant} when it is working time, else the start of the next working time. */
    public Instant nextBusinessInstant(Instant instant) {
        LocalDate date = date(instant);
        for (int i = 0; i <= HORIZON_DAYS; i++, date = date.plusDays(1)) {
            for (Interval iv : intervals(date)) {
                if (iv.end.isAfter(instant)) {
                    return iv.start.isAfter(instant) ? iv.start : instant;
                }
            }
        }
        throw new NoWorkingTimeException(instant.toString());
    }

    public boolean isWorkingTime(Instant instant) {
        return nextBusinessInstant(instant).equals(instant);
    }

    /** See the class comment for the rule. */
    public Instant plusBusinessDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        Instant first = nextBusinessInstant(start);
        if (days == 0) {
            return first;
        }
        LocalDate startDay = date(first);
        List<Interval> startIntervals = intervals(startDay);
        Duration elapsed = between(startIntervals.getFirst().start, first);
        LocalDate day = startDay;
        int counted = 0;
        int idle = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
                idle = 0;
            } else if (++idle > HORIZON_DAYS) {
                throw new NoWorkingTimeException(start.toString());
            }
        }
        if (elapsed.isZero()) {
            // started at the beginning of a working day: N whole working days end with the (N-1)-th day after it,
            // at the end of its working time — the business moment before the next morning, said as the policy says
            return endOfWorkingDayBefore(day);
        }
        List<Interval> target = intervals(day);
        Instant dayStart = target.getFirst().start;
        Instant dayEnd = target.getLast().end;
        Duration dayLength = between(dayStart, dayEnd);
        return elapsed.compareTo(dayLength) >= 0 ? dayEnd : plus(dayStart, elapsed);
    }

    /** The end of the working time of the last working day before {@code day} (there is one: the start day). */
    private Instant endOfWorkingDayBefore(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (!isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return intervals(previous).getLast().end;
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private List<Interval> intervals(LocalDate date) {
        List<Interval> out = new ArrayList<>();
        for (TimeRange r : workingHours(date)) {
            Instant s = ZonedDateTime.of(date, r.start(), zone).toInstant();
            Instant e = r.endsAtMidnight() ? date.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(date, r.end(), zone).toInstant();
            if (e.isAfter(s)) {
                out.add(new Interval(s, e));
            }
        }
        return out;
    }

    private static List<TimeRange> normalised(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(TimeRange::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("working hours overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    /** {@code hours} without the {@code off} ranges. */
    static List<TimeRange> subtract(List<TimeRange> hours, List<TimeRange> off) {
        List<TimeRange> result = new ArrayList<>(hours);
        for (TimeRange cut : off) {
            List<TimeRange> next = new ArrayList<>();
            for (TimeRange r : result) {
                if (!r.overlaps(cut)) {
                    next.add(r);
                    continue;
                }
                if (cut.start().isAfter(r.start())) {
                    next.add(new TimeRange(r.start(), cut.start()));
                }
                if (!cut.endsAtMidnight() && cut.end().isBefore(r.endOrMax())) {
                    next.add(new TimeRange(cut.end(), r.end()));
                }
            }
            result = next;
        }
        return List.copyOf(result);
    }

    private record Interval(Instant start, Instant end) {
    }

    /** Monday to Friday, 09:00–12:00 and 13:30–18:00: the default for new tenants. */
    public static Map<DayOfWeek, List<TimeRange>> standardWeek() {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(d, List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:30", "18:00")));
        }
        return week;
    }

}
