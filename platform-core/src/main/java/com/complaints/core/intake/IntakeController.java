package com.complaints.core.intake;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.idempotency.IdempotentRequests;
import com.complaints.core.idempotency.IdempotentRequests.RequestFingerprint;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.ETags;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Staff intake ({@code POST /api/v1/complaints}, honouring Idempotency-Key) and a case's likely duplicates. */
@RestController
@RequestMapping("/api/v1/complaints")
class IntakeController {

    private final IntakeService intake;
    private final IdempotentRequests idempotent;
    private final CurrentStaff currentStaff;

    IntakeController(IntakeService intake, IdempotentRequests idempotent, CurrentStaff currentStaff) {
        this.intake = intake;
        this.idempotent = idempotent;
        this.currentStaff = currentStaff;
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<IntakeReceipt> create(@RequestBody ComplaintRequest body,
                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                             HttpServletRequest request) {
        var staff = currentStaff.get();
        return idempotent.execute(key, new RequestFingerprint(request.getMethod(), request.getRequestURI(), body), () -> {
            IntakeReceipt receipt = intake.receiveFromStaff(body.toDraft(null), staff);
            return ResponseEntity.created(URI.create("/api/v1/complaints/" + receipt.id()))
                    .eTag(ETags.of(receipt.version()))
                    .body(receipt);
        });
    }

    @GetMapping("/{id}/duplicates")
    List<DuplicateCandidate> duplicates(@PathVariable UUID id) {
        return intake.duplicates(currentStaff.get(), id);
    }
}
