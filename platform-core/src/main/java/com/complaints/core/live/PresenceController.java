package com.complaints.core.live;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.complaint.ComplaintService;
import com.complaints.core.security.CurrentStaff;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code PUT /api/v1/complaints/{id}/presence}: "I am viewing this case" (a case page says it every 20 s); answers who
 * else is viewing it ("also viewing: …"). {@code DELETE} when the page closes. Only for a case the caller may see.
 */
@RestController
class PresenceController {

    private final Presence presence;
    private final ComplaintService complaints;
    private final CurrentStaff currentStaff;

    PresenceController(Presence presence, ComplaintService complaints, CurrentStaff currentStaff) {
        this.presence = presence;
        this.complaints = complaints;
        this.currentStaff = currentStaff;
    }

    /** The others viewing the case, by user id, sorted. */
    public record Viewers(List<String> others) {
    }

    @PutMapping("/api/v1/complaints/{id}/presence")
    Viewers viewing(@PathVariable UUID id) {
        var staff = currentStaff.get();
        complaints.visible(staff, id);
        return new Viewers(presence.viewing(staff.tenant(), id, staff.userId()).stream()
                .filter(u -> !u.equals(staff.userId())).sorted().toList());
    }

    @ApiResponse(responseCode = "204", description = "Done; no content")
    @DeleteMapping("/api/v1/complaints/{id}/presence")
    ResponseEntity<Void> left(@PathVariable UUID id) {
        var staff = currentStaff.get();
        complaints.visible(staff, id);
        presence.left(staff.tenant(), id, staff.userId());
        return ResponseEntity.noContent().build();
    }
}
