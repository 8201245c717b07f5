package com.complaints.core.intake;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.idempotency.IdempotentRequests;
import com.complaints.core.idempotency.ReplayableBody;
import com.complaints.core.idempotency.IdempotentRequests.RequestFingerprint;
import com.complaints.core.complaint.ComplaintStatus;
import com.complaints.core.shared.Actor;
import com.complaints.plugin.api.ChannelKeys;
import com.complaints.plugin.api.ConsumerDetails;

/**
 * The consumer's JSON complaint form without a login ({@code POST /public/{tenant}/complaints}); the tenant in the
 * path is bound (and checked to be active) by the tenant binding filter. The answer carries the access code once.
 */
@RestController
@RequestMapping("/public/{tenant}/complaints")
class PublicIntakeController {

    private final IntakeService intake;
    private final IdempotentRequests idempotent;

    PublicIntakeController(IntakeService intake, IdempotentRequests idempotent) {
        this.intake = intake;
        this.idempotent = idempotent;
    }

    @PostMapping
    ResponseEntity<?> submit(@PathVariable String tenant, @RequestBody WebForm body,
                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                             HttpServletRequest request) {
        return idempotent.execute(key, new RequestFingerprint(request.getMethod(), request.getRequestURI(), body), () -> {
            var draft = new ComplaintRequest(null, body.consumer(), body.subject(), body.description(),
                    body.expectedResolution(), body.occurredAt(), null).toDraft(ChannelKeys.WEB);
            IntakeReceipt receipt = intake.receive(draft, Actor.consumer());
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new WebReceipt(receipt.caseNumber(), receipt.accessCode(), receipt.status(), receipt.receivedAt()));
        });
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
}
