package com.complaints.core.call;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.intake.ComplaintRequest;
import com.complaints.core.idempotency.IdempotentRequests;
import com.complaints.core.idempotency.IdempotentRequests.RequestFingerprint;
import com.complaints.core.intake.IntakeReceipt;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.ETags;
import com.complaints.core.web.PageResponse;
import com.complaints.core.web.Paging;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/calls} (AGENT): calls reported by the telephone channel, complaints taken from them, and the
 * three-ring answering figures.
 */
@RestController
@RequestMapping("/api/v1/calls")
class CallController {

    private final Calls calls;
    private final CurrentStaff currentStaff;
    private final IdempotentRequests idempotent;

    CallController(Calls calls, CurrentStaff currentStaff, IdempotentRequests idempotent) {
        this.calls = calls;
        this.currentStaff = currentStaff;
        this.idempotent = idempotent;
    }

    @GetMapping
    PageResponse<CallView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(calls.list(from, to, Paging.of(page, size, null, java.util.Set.of(), org.springframework.data.domain.Sort.unsorted())));
    }

    @GetMapping("/metrics")
    CallMetrics metrics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return calls.metrics(from, to);
    }

    @GetMapping("/{id}")
    CallView get(@PathVariable UUID id) {
        return calls.get(id);
    }

    /** Takes a complaint from the call (body as {@code POST /api/v1/complaints}, channel fixed to phone). */
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping("/{id}/complaint")
    ResponseEntity<IntakeReceipt> takeComplaint(@PathVariable UUID id, @RequestBody ComplaintRequest body,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                    HttpServletRequest request) {
        var staff = currentStaff.get();
        return idempotent.execute(key, new RequestFingerprint(request.getMethod(), request.getRequestURI(), body),
                () -> calls.get(id), () -> {
            var receipt = calls.takeComplaint(staff, id, body);
            return ResponseEntity.created(URI.create("/api/v1/complaints/" + receipt.id()))
                    .eTag(ETags.of(receipt.version())).body(receipt);
        });
    }
}
