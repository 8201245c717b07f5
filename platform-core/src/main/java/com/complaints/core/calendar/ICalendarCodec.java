package com.complaints.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import com.complaints.core.calendar.SpecialDay.DayType;

/**
 * Special days to and from iCalendar (RFC 5545), with ical4j.
 *
 * <p>Export: one all-day VEVENT per date; {@code CATEGORIES:HOLIDAY} or {@code CATEGORIES:MAKE-UP-WORKDAY}, the
 * same in {@code X-COMPLAINTS-DAY-TYPE} ({@code HOLIDAY} / {@code MAKE_UP_DAY}), and the hours, if any, in
 * {@code X-COMPLAINTS-HOURS:09:00-12:00,13:30-18:00} (off hours of a partial holiday, working hours of a make-up
 * day).
 *
 * <p>Import also reads public holiday feeds: a multi-day all-day event stands for each of its dates; an event is a
 * make-up working day when its {@code X-COMPLAINTS-DAY-TYPE} says so, or its categories name
 * {@code MAKE-UP-WORKDAY}/{@code WORKDAY}, or its summary contains 补班, 上班 or "make-up"; otherwise it is a
 * holiday. A timed event within one day is a partial holiday for those hours.
 */
final class ICalendarCodec {

    static final String DAY_TYPE = "X-COMPLAINTS-DAY-TYPE";
    static final String HOURS = "X-COMPLAINTS-HOURS";
    private static final int MAX_DAYS_PER_EVENT = 366;

    private ICalendarCodec() {
    }

    public static String export(String name, ZoneId zone, List<SpecialDay> days, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Complaint platform//Business calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        for (SpecialDay day : days) {
            VEvent event = new VEvent(day.date(), day.date().plusDays(1),
                    day.name() == null || day.name().isBlank() ? day.type().name() : day.name());
            event.add(new Uid(day.date() + "-" + day.type().name().toLowerCase(Locale.ROOT) + "@complaint-platform"));
            event.add(new DtStamp(now));
            event.add(new Categories(day.type() == DayType.HOLIDAY ? "HOLIDAY" : "MAKE-UP-WORKDAY"));
            event.add(new XProperty(DAY_TYPE, day.type().name()));
            if (!day.hours().isEmpty()) {
                event.add(new XProperty(HOURS, String.join(",", day.hours().stream()
                        .map(r -> r.start() + "-" + (r.endsAtMidnight() ? "24:00" : r.end().toString())).toList())));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    public static List<SpecialDay> parse(InputStream in, ZoneId zone) throws IOException, InvalidCalendarException {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(in);
        } catch (ParserException e) {
            throw new InvalidCalendarException("not a valid iCalendar file: " + e.getMessage());
        }
        List<SpecialDay> days = new ArrayList<>();
        for (Object component : calendar.getComponents("VEVENT")) {
            VEvent event = (VEvent) component;
            Temporal start = event.getStartDate().map(d -> (Temporal) d.getDate())
                    .orElseThrow(() -> new InvalidCalendarException("an event has no DTSTART"));
            Optional<Temporal> end = event.getEndDate().map(d -> (Temporal) d.getDate());
            String summary = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
            DayType type = typeOf(event, summary);
            List<TimeRange> hours = event.getProperty(HOURS).map(p -> hours(p.getValue())).orElse(List.of());
            if (start instanceof LocalDate first) {
                LocalDate last = end.filter(LocalDate.class::isInstance).map(LocalDate.class::cast)
                        .map(e -> e.minusDays(1)).orElse(first);
                if (last.isBefore(first) || first.plusDays(MAX_DAYS_PER_EVENT).isBefore(last)) {
                    throw new InvalidCalendarException("the event " + summary + " has an invalid date range");
                }
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    days.add(new SpecialDay(d, type, summary, hours));
                }
            } else {
                LocalDateTime from = local(start, zone);
                LocalDateTime to = end.map(e -> local(e, zone)).orElse(from.toLocalDate().plusDays(1).atStartOfDay());
                boolean sameDay = to.toLocalDate().equals(from.toLocalDate())
                        || (to.toLocalTime().equals(LocalTime.MIDNIGHT) && to.toLocalDate().equals(from.toLocalDate().plusDays(1)));
                if (!sameDay || !to.isAfter(from)) {
                    throw new InvalidCalendarException("the timed event " + summary + " must lie within one day");
                }
                List<TimeRange> range = hours.isEmpty() ? List.of(new TimeRange(from.toLocalTime(), to.toLocalTime())) : hours;
                days.add(new SpecialDay(from.toLocalDate(), type, summary, range));
            }
        }
        return days;
    }

    private static DayType typeOf(VEvent event, String summary) {
        Optional<String> explicit = event.getProperty(DAY_TYPE).map(Property::getValue);
        if (explicit.isPresent()) {
            try {
                return DayType.valueOf(explicit.get().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidCalendarException(DAY_TYPE + " must be HOLIDAY or MAKE_UP_DAY");
            }
        }
        String categories = event.getProperties(Property.CATEGORIES).stream().map(Property::getValue)
                .reduce("", (a, b) -> a + "," + b).toUpperCase(Locale.ROOT);
        boolean makeUp = Arrays.stream(categories.split(",")).map(String::strip)
                .anyMatch(c -> c.equals("MAKE-UP-WORKDAY") || c.equals("WORKDAY"))
                || summary.contains("补班") || summary.contains("上班") || summary.toLowerCase(Locale.ROOT).contains("make-up");
        return makeUp ? DayType.MAKE_UP_DAY : DayType.HOLIDAY;
    }

    private static List<TimeRange> hours(String value) {
        List<TimeRange> ranges = new ArrayList<>();
        for (String part : value.split(",")) {
            String[] bounds = part.strip().split("-");
            if (bounds.length != 2) {
                throw new InvalidCalendarException(HOURS + " must list ranges such as 09:00-12:00,13:30-18:00");
            }
            try {
                ranges.add(TimeRange.of(bounds[0].strip(), bounds[1].strip()));
            } catch (RuntimeException e) {
                throw new InvalidCalendarException(HOURS + " has an invalid range: " + part);
            }
        }
        return ranges;
    }

    private static LocalDateTime local(Temporal t, ZoneId zone) {
        return switch (t) {
            case LocalDateTime l -> l;
            case ZonedDateTime z -> z.withZoneSameInstant(zone).toLocalDateTime();
            case OffsetDateTime o -> o.atZoneSameInstant(zone).toLocalDateTime();
            case Instant i -> i.atZone(zone).toLocalDateTime();
            case LocalDate d -> d.atStartOfDay();
            default -> throw new InvalidCalendarException("unsupported date value " + t);
        };
    }

    /** The file is not an iCalendar the platform can read. */
    public static class InvalidCalendarException extends RuntimeException {
        public InvalidCalendarException(String message) {
            super(message);
        }
    }
}
