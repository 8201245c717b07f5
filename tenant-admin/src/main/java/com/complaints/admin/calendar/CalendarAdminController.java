package com.complaints.admin.calendar;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.calendar.BusinessCalendars;
import com.complaints.core.calendar.CalendarView;
import com.complaints.core.web.ETags;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/admin/calendars} (TENANT_ADMIN): the tenant's business calendar and department overrides, with
 * import and export of special days as iCalendar ({@code text/calendar}) or a JSON list.
 */
@RestController
@RequestMapping("/api/v1/admin/calendars")
class CalendarAdminController {

    private static final String TEXT_CALENDAR = "text/calendar";

    private final BusinessCalendars calendars;

    CalendarAdminController(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    List<CalendarView> list() {
        return calendars.list();
    }

    @GetMapping("/{id}")
    ResponseEntity<CalendarView> get(@PathVariable UUID id) {
        return withETag(calendars.get(id));
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<CalendarView> create(@RequestBody CalendarView.Draft body) {
        CalendarView created = calendars.create(body);
        return ResponseEntity.created(URI.create("/api/v1/admin/calendars/" + created.id()))
                .eTag(ETags.of(created.version())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<CalendarView> update(@PathVariable UUID id, @RequestBody CalendarView.Draft body,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(calendars.update(id, ETags.expectedVersion(ifMatch), body));
    }

    @ApiResponse(responseCode = "204", description = "Done; no content")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        calendars.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/{id}/special-days", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CalendarView.Day> exportJson(@PathVariable UUID id) {
        return calendars.specialDays(id);
    }

    @GetMapping(path = "/{id}/special-days", produces = TEXT_CALENDAR)
    ResponseEntity<String> exportICalendar(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TEXT_CALENDAR + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"calendar-" + id + ".ics\"")
                .body(calendars.exportICalendar(id));
    }

    /**
     * Imports special days; {@code mode=replace} drops the ones not listed, the default {@code merge} keeps them;
     * {@code preview=true} saves nothing and answers the calendar as the import would leave it.
     */
    @PostMapping(path = "/{id}/special-days", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CalendarView> importJson(@PathVariable UUID id, @RequestBody List<CalendarView.Day> body,
                                            @RequestParam(defaultValue = "merge") ImportMode mode,
                                            @RequestParam(defaultValue = "false") boolean preview,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(calendars.importDays(id, ETags.expectedVersion(ifMatch), body, mode == ImportMode.replace, preview));
    }

    @PostMapping(path = "/{id}/special-days", consumes = TEXT_CALENDAR)
    ResponseEntity<CalendarView> importICalendar(@PathVariable UUID id, @RequestBody byte[] body,
                                                 @RequestParam(defaultValue = "merge") ImportMode mode,
                                                 @RequestParam(defaultValue = "false") boolean preview,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(calendars.importICalendar(id, ETags.expectedVersion(ifMatch), body, mode == ImportMode.replace, preview));
    }

    enum ImportMode {
        merge,
        replace
    }

    private static ResponseEntity<CalendarView> withETag(CalendarView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
