package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.idempotency.IdempotentRequests;
import com.complaints.core.throttle.FailedLookups;
import com.complaints.core.idempotency.ReplayableBody;
import com.complaints.core.idempotency.IdempotentRequests.RequestFingerprint;
import com.complaints.core.shared.NotFoundException;
import com.complaints.plugin.api.ChannelKeys;
import com.complaints.plugin.api.ConsumerDetails;

/**
 * The consumer's pages, no login: the web complaint form, the progress lookup and the answer to a proposed
 * solution, each with the case's access code. A wrong code and an unknown case number give the same 404.
 * The tenant in the path is bound (and checked to be active) by the tenant binding filter.
 */
@RestController
@RequestMapping("/public/{tenant}/complaints")
class PublicComplaintController {

    private final ComplaintService complaints;
    private final IdempotentRequests idempotent;

    private final FailedLookups lookups;

    PublicComplaintController(ComplaintService complaints, IdempotentRequests idempotent, FailedLookups lookups) {
        this.complaints = complaints;
        this.idempotent = idempotent;
        this.lookups = lookups;
    }

    @PostMapping
    ResponseEntity<?> submit(@PathVariable String tenant, @RequestBody WebForm body,
                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                             HttpServletRequest request) {
        return idempotent.execute(key, new RequestFingerprint(request.getMethod(), request.getRequestURI(), body), () -> {
            var draft = new ComplaintRequest(null, body.consumer(), body.subject(), body.description(),
                    body.expectedResolution(), body.occurredAt(), null).toDraft(ChannelKeys.WEB);
            IntakeReceipt receipt = complaints.receive(draft, "consumer");
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new WebReceipt(receipt.caseNumber(), receipt.accessCode(), receipt.status(), receipt.receivedAt()));
        });
    }

    @GetMapping("/{caseNumber}")
    PublicCaseView progress(@PathVariable String tenant, @PathVariable String caseNumber,
                            @RequestParam(required = false) String code, HttpServletRequest request) {
        return lookups.guard(request.getRemoteAddr(), caseNumber, () -> {
            if (code == null || code.isBlank()) {
                throw new NotFoundException("complaint");
            }
            return complaints.publicView(caseNumber, code);
        });
    }

    @PostMapping("/{caseNumber}/solutions/{solutionId}/accept")
    PublicCaseView accept(@PathVariable String tenant, @PathVariable String caseNumber, @PathVariable UUID solutionId,
                          @RequestBody Decision body, HttpServletRequest request) {
        return lookups.guard(request.getRemoteAddr(), caseNumber,
                () -> complaints.publicDecision(caseNumber, body.code(), solutionId, true, null));
    }

    @PostMapping("/{caseNumber}/solutions/{solutionId}/reject")
    PublicCaseView reject(@PathVariable String tenant, @PathVariable String caseNumber, @PathVariable UUID solutionId,
                          @RequestBody Decision body, HttpServletRequest request) {
        return lookups.guard(request.getRemoteAddr(), caseNumber,
                () -> complaints.publicDecision(caseNumber, body.code(), solutionId, false, body.reason()));
    }

    /** The web complaint form. */
    record WebForm(ConsumerDetails consumer, ComplaintRequest.SubjectRequest subject, String description,
                   String expectedResolution, Instant occurredAt) {
    }

    /** The answer to the form: keep the access code to follow the case (a replay does not repeat it). */
    record WebReceipt(String caseNumber, String accessCode, ComplaintStatus status, Instant receivedAt)
            implements ReplayableBody {

        @Override
        public WebReceipt withoutSecrets() {
            return new WebReceipt(caseNumber, null, status, receivedAt);
        }
    }

    /** The consumer's access code, and for a rejection the reason. */
    record Decision(String code, String reason) {
    }
}
