package com.complaints.core.measure;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.ETags;
import com.complaints.core.web.PageResponse;
import com.complaints.core.web.Paging;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/improvement-measures} (AGENT+ read; SUPERVISOR+ write; owners move their own on): list with
 * {@code status} and {@code overdue}, the period summary, create, change, move ({@code POST /{id}/status}).
 */
@RestController
@RequestMapping("/api/v1/improvement-measures")
class ImprovementMeasureController {

    private final ImprovementMeasures measures;
    private final CurrentStaff currentStaff;

    private final com.complaints.core.complaint.ComplaintAccess access;

    ImprovementMeasureController(ImprovementMeasures measures, CurrentStaff currentStaff,
                                 com.complaints.core.complaint.ComplaintAccess access) {
        this.access = access;
        this.measures = measures;
        this.currentStaff = currentStaff;
    }

    record StatusChange(MeasureStatus status) {
    }

    @GetMapping
    PageResponse<MeasureView> list(@RequestParam(required = false) MeasureStatus status,
                                   @RequestParam(required = false) Boolean overdue,
                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var found = measures.list(status, overdue, Paging.of(page, size, null, Set.of(),
                Sort.by("dueDate").and(Sort.by("id"))));
        var staff = currentStaff.get();
        var visible = access.visibleAmong(staff, found.stream().flatMap(m -> m.caseIds().stream()).toList());
        return PageResponse.of(found.map(m -> m.forReader(staff, visible)));
    }

    /** A measure as the caller may read it: its linked cases only as far as the caller may see them. */
    private MeasureView visible(MeasureView v) {
        var staff = currentStaff.get();
        return v.forReader(staff, access.visibleAmong(staff, v.caseIds()));
    }

    @GetMapping("/summary")
    ImprovementMeasures.Summary summary(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return measures.summary(from, to);
    }

    @GetMapping("/{id}")
    ResponseEntity<MeasureView> get(@PathVariable UUID id) {
        MeasureView v = visible(measures.get(id));
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(v);
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<MeasureView> create(@RequestBody MeasureRequest body) {
        MeasureView v = visible(measures.create(currentStaff.get(), body));
        return ResponseEntity.created(URI.create("/api/v1/improvement-measures/" + v.id())).eTag(ETags.of(v.version())).body(v);
    }

    @PutMapping("/{id}")
    ResponseEntity<MeasureView> update(@PathVariable UUID id, @RequestBody MeasureRequest body,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        MeasureView v = visible(measures.update(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(v);
    }

    @PostMapping("/{id}/status")
    ResponseEntity<MeasureView> move(@PathVariable UUID id, @RequestBody StatusChange body,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        MeasureView v = visible(measures.move(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body.status()));
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(v);
    }
}
