package com.complaints.core.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.department.DepartmentService;
import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.PreconditionFailedException;
import com.complaints.core.tenancy.TenantProvisioned;

/**
 * The tenant's business calendar and per-department overrides: storage, validation, import and export, and the
 * {@link BusinessCalendar} that deadline arithmetic uses.
 */
@Service
@Transactional
public class BusinessCalendars {

    private static final Logger log = LoggerFactory.getLogger(BusinessCalendars.class);
    private static final TypeReference<Map<DayOfWeek, List<CalendarView.Hours>>> WEEK = new TypeReference<>() {
    };
    private static final TypeReference<List<CalendarView.Day>> DAYS = new TypeReference<>() {
    };
    static final int MAX_SPECIAL_DAYS = 5000;

    private final StoredCalendarRepository calendars;
    private final DepartmentService departments;
    private final JsonMapper json;
    private final Clock clock;

    BusinessCalendars(StoredCalendarRepository calendars, DepartmentService departments, JsonMapper json, Clock clock) {
        this.calendars = calendars;
        this.departments = departments;
        this.json = json;
        this.clock = clock;
    }

    /** The calendar that governs a department's deadlines: its override, else the tenant's. */
    @Transactional(readOnly = true)
    public BusinessCalendar governing(UUID departmentId) {
        StoredCalendar stored = departmentId == null ? tenantCalendar()
                : calendars.findByScopeKey(departmentId.toString()).orElseGet(this::tenantCalendar);
        return toCalendar(stored);
    }

    @Transactional(readOnly = true)
    public List<CalendarView> list() {
        return calendars.findAllByOrderByScopeKeyDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public CalendarView get(UUID id) {
        return view(load(id));
    }

    public CalendarView create(CalendarView.Draft draft) {
        if (draft.departmentId() == null) {
            throw new InvalidInputException("departmentId", "required");
        }
        if (departments.find(draft.departmentId()).isEmpty()) {
            throw new InvalidInputException("departmentId", "unknown-department");
        }
        if (calendars.findByScopeKey(draft.departmentId().toString()).isPresent()) {
            throw new ConflictException("calendar-exists", "the department has a calendar already; change that one");
        }
        Validated v = validate(draft);
        StoredCalendar stored = calendars.saveAndFlush(new StoredCalendar(draft.departmentId(), v.name(), v.zone().getId(),
                json.writeValueAsString(v.week()), json.writeValueAsString(v.days()), clock.instant()));
        log.info("calendar created calendar={}", stored.id());
        return view(stored);
    }

    public CalendarView update(UUID id, Long expectedVersion, CalendarView.Draft draft) {
        StoredCalendar stored = load(id);
        checkVersion(stored, expectedVersion);
        Validated v = validate(draft);
        stored.change(v.name(), v.zone().getId(), json.writeValueAsString(v.week()), json.writeValueAsString(v.days()), clock.instant());
        calendars.saveAndFlush(stored);
        return view(stored);
    }

    public void delete(UUID id) {
        StoredCalendar stored = load(id);
        if (stored.isTenantDefault()) {
            throw new ConflictException("calendar-required", "the tenant's own calendar cannot be deleted");
        }
        calendars.delete(stored);
    }

    /**
     * Adds (or, with {@code replace}, replaces all) special days; a date already listed is overwritten. With
     * {@code preview} nothing is saved: the answer is the calendar as the import would leave it (same version), for a
     * screen to show what changes before the admin confirms.
     */
    public CalendarView importDays(UUID id, Long expectedVersion, List<CalendarView.Day> imported, boolean replace,
                                   boolean preview) {
        StoredCalendar stored = load(id);
        checkVersion(stored, expectedVersion);
        Map<LocalDate, CalendarView.Day> merged = new LinkedHashMap<>();
        if (!replace) {
            json.readValue(stored.specialDays(), DAYS).forEach(d -> merged.put(d.date(), d));
        }
        imported.forEach(d -> merged.put(d.date(), d));
        CalendarView current = view(stored);
        Validated v = validate(new CalendarView.Draft(current.departmentId(), current.name(), current.timeZone(),
                current.weeklyHours(), new ArrayList<>(merged.values())));
        if (preview) {
            return new CalendarView(current.id(), current.departmentId(), current.name(), current.timeZone(),
                    current.weeklyHours(), v.days(), current.version(), current.updatedAt());
        }
        stored.replaceSpecialDays(json.writeValueAsString(v.days()), clock.instant());
        calendars.saveAndFlush(stored);
        log.info("calendar special days imported calendar={} count={} replace={}", id, imported.size(), replace);
        return view(stored);
    }

    public CalendarView importICalendar(UUID id, Long expectedVersion, byte[] ics, boolean replace, boolean preview) {
        StoredCalendar stored = load(id);
        List<SpecialDay> days;
        try {
            days = ICalendarCodec.parse(new ByteArrayInputStream(ics), ZoneId.of(stored.timeZone()));
        } catch (ICalendarCodec.InvalidCalendarException | IOException e) {
            throw new InvalidInputException("body", "icalendar", e.getMessage());
        } catch (RuntimeException e) {
            throw new InvalidInputException("body", "icalendar", e.getClass().getSimpleName());
        }
        return importDays(id, expectedVersion, days.stream().map(BusinessCalendars::dayView).toList(), replace, preview);
    }

    @Transactional(readOnly = true)
    public String exportICalendar(UUID id) {
        StoredCalendar stored = load(id);
        return ICalendarCodec.export(stored.name(), ZoneId.of(stored.timeZone()), toCalendarDays(stored), clock.instant());
    }

    @EventListener
    void on(TenantProvisioned event) {
        Map<DayOfWeek, List<CalendarView.Hours>> week = new EnumMap<>(DayOfWeek.class);
        BusinessCalendar.standardWeek().forEach((day, ranges) -> week.put(day, ranges.stream().map(BusinessCalendars::hours).toList()));
        calendars.save(new StoredCalendar(null, event.locale().tag().startsWith("zh") ? "工作日历" : "Business calendar",
                event.timeZone().getId(), json.writeValueAsString(week), "[]", clock.instant()));
    }

    private StoredCalendar tenantCalendar() {
        return calendars.findByScopeKey(StoredCalendar.TENANT_SCOPE)
                .orElseThrow(() -> new IllegalStateException("the tenant has no business calendar"));
    }

    private StoredCalendar load(UUID id) {
        return calendars.findById(id).orElseThrow(() -> new NotFoundException("calendar"));
    }

    private static void checkVersion(StoredCalendar stored, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != stored.version()) {
            throw new PreconditionFailedException(expectedVersion, stored.version());
        }
    }

    private BusinessCalendar toCalendar(StoredCalendar stored) {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        json.readValue(stored.weeklyHours(), WEEK).forEach((d, hs) -> week.put(d, hs.stream().map(h -> TimeRange.of(h.start(), h.end())).toList()));
        return new BusinessCalendar(ZoneId.of(stored.timeZone()), week, toCalendarDays(stored));
    }

    private List<SpecialDay> toCalendarDays(StoredCalendar stored) {
        return json.readValue(stored.specialDays(), DAYS).stream()
                .map(d -> new SpecialDay(d.date(), d.type(), d.name(), d.hours() == null ? List.of()
                        : d.hours().stream().map(h -> TimeRange.of(h.start(), h.end())).toList()))
                .toList();
    }

    private CalendarView view(StoredCalendar s) {
        return new CalendarView(s.id(), s.departmentId(), s.name(), s.timeZone(), json.readValue(s.weeklyHours(), WEEK),
                json.readValue(s.specialDays(), DAYS), s.version(), s.updatedAt());
    }

    private static CalendarView.Day dayView(SpecialDay d) {
        return new CalendarView.Day(d.date(), d.type(), d.name(), d.hours().stream().map(BusinessCalendars::hours).toList());
    }

    private static CalendarView.Hours hours(TimeRange r) {
        return new CalendarView.Hours(r.start().toString(), r.endsAtMidnight() ? "24:00" : r.end().toString());
    }

    private record Validated(String name, ZoneId zone, Map<DayOfWeek, List<CalendarView.Hours>> week,
                             List<CalendarView.Day> days) {
    }

    private Validated validate(CalendarView.Draft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 100) {
            errors.add(FieldError.of("name", "length-range", 1, 100));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(draft.timeZone() == null ? "" : draft.timeZone());
        } catch (DateTimeException e) {
            errors.add(FieldError.of("timeZone", "time-zone"));
        }
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<CalendarView.Hours>> weekView = new EnumMap<>(DayOfWeek.class);
        if (draft.weeklyHours() == null) {
            errors.add(FieldError.of("weeklyHours", "required"));
        } else {
            draft.weeklyHours().forEach((day, hs) -> {
                List<TimeRange> ranges = ranges("weeklyHours." + day, hs, errors);
                week.put(day, ranges);
                weekView.put(day, ranges.stream().map(BusinessCalendars::hours).toList());
            });
        }
        List<CalendarView.Day> days = draft.specialDays() == null ? List.of() : draft.specialDays();
        if (days.size() > MAX_SPECIAL_DAYS) {
            errors.add(FieldError.of("specialDays", "max-items", MAX_SPECIAL_DAYS));
        }
        List<SpecialDay> special = new ArrayList<>();
        for (int i = 0; i < days.size() && errors.size() < 50; i++) {
            CalendarView.Day d = days.get(i);
            String field = "specialDays[" + i + "]";
            if (d.date() == null || d.type() == null) {
                errors.add(FieldError.of(field, "special-day"));
                continue;
            }
            if (d.name() != null && d.name().length() > 100) {
                errors.add(FieldError.of(field + ".name", "max-length", 100));
            }
            special.add(new SpecialDay(d.date(), d.type(), d.name(), ranges(field + ".hours", d.hours(), errors)));
        }
        if (errors.isEmpty()) {
            try {
                new BusinessCalendar(zone, week, special);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("specialDays", "calendar-conflict", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<CalendarView.Day> sorted = special.stream().sorted(Comparator.comparing(SpecialDay::date))
                .map(BusinessCalendars::dayView).toList();
        return new Validated(draft.name().strip(), zone, weekView, sorted);
    }

    private static List<TimeRange> ranges(String field, List<CalendarView.Hours> hours, List<FieldError> errors) {
        List<TimeRange> ranges = new ArrayList<>();
        if (hours == null) {
            return ranges;
        }
        for (int i = 0; i < hours.size(); i++) {
            CalendarView.Hours h = hours.get(i);
            try {
                ranges.add(TimeRange.of(h.start(), h.end()));
            } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
                errors.add(FieldError.of(field + "[" + i + "]", "time-range"));
            }
        }
        return ranges;
    }

    /** For the JSON export: the special days as the API shows them. */
    @Transactional(readOnly = true)
    public List<CalendarView.Day> specialDays(UUID id) {
        return get(id).specialDays();
    }

}
