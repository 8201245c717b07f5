package com.complaints.admin.sla;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.CurrentStaff;
import com.complaints.core.sla.DeadlinePreviews;
import com.complaints.core.sla.SlaPolicies;
import com.complaints.core.sla.SlaPolicyView;
import com.complaints.core.sla.SlaTargets;
import com.complaints.core.web.ETags;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/admin/sla-policies} (TENANT_ADMIN): the versions of the tenant's SLA policy. A change is a new
 * version; cases keep the version in force when their clocks started.
 */
@RestController
@RequestMapping("/api/v1/admin/sla-policies")
class SlaPolicyAdminController {

    private final SlaPolicies policies;
    private final DeadlinePreviews previews;
    private final CurrentStaff currentStaff;

    SlaPolicyAdminController(SlaPolicies policies, DeadlinePreviews previews, CurrentStaff currentStaff) {
        this.policies = policies;
        this.previews = previews;
        this.currentStaff = currentStaff;
    }

    /**
     * "A complaint received at {@code receivedAt} would be due at …" for every class of case, under {@code targets}
     * (e.g. the ones being edited; the policy in force when absent), with the tenant's or a department's calendar.
     * Nothing is saved.
     */
    @PostMapping("/preview")
    DeadlinePreviews.Preview preview(@RequestBody PreviewRequest body) {
        return previews.preview(body.targets(), body.receivedAt(), body.departmentId());
    }

    record PreviewRequest(SlaTargets targets, java.time.Instant receivedAt, java.util.UUID departmentId) {
    }

    @GetMapping
    List<SlaPolicyView> history() {
        return policies.history();
    }

    @GetMapping("/current")
    ResponseEntity<SlaPolicyView> current() {
        SlaPolicyView current = policies.current();
        return ResponseEntity.ok().eTag(ETags.of(current.version())).body(current);
    }

    @GetMapping("/{version}")
    SlaPolicyView version(@PathVariable int version) {
        return policies.version(version);
    }

    /** A new version with these targets; {@code If-Match} with the current version's ETag guards against races. */
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<SlaPolicyView> change(@RequestBody SlaTargets targets,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        SlaPolicyView created = policies.change(targets, currentStaff.get().userId(),
                expected == null ? null : expected.intValue());
        return ResponseEntity.created(URI.create("/api/v1/admin/sla-policies/" + created.version()))
                .eTag(ETags.of(created.version())).body(created);
    }
}
