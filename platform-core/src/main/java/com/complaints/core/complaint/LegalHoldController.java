package com.complaints.core.complaint;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.ETags;

/**
 * The legal hold on a case in dispute: set (or its reason changed) and released by the legal department or a tenant
 * admin. While it is set, neither the retention policy nor a consumer's erasure request removes the consumer's
 * identity from the case. Both honour If-Match.
 */
@RestController
@RequestMapping("/api/v1/complaints/{id}/legal-hold")
class LegalHoldController {

    private final CasePersonalData personalData;
    private final CurrentStaff currentStaff;

    LegalHoldController(CasePersonalData personalData, CurrentStaff currentStaff) {
        this.personalData = personalData;
        this.currentStaff = currentStaff;
    }

    @PutMapping
    ResponseEntity<ComplaintView> place(@PathVariable UUID id, @RequestBody LegalHoldRequest body,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ComplaintView view = personalData.placeLegalHold(currentStaff.get(), id, ETags.expectedVersion(ifMatch),
                body == null ? null : body.reason());
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @DeleteMapping
    ResponseEntity<ComplaintView> release(@PathVariable UUID id,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ComplaintView view = personalData.releaseLegalHold(currentStaff.get(), id, ETags.expectedVersion(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    /** @param reason why the case is held (the dispute, its court file number): required, at most 500 characters */
    record LegalHoldRequest(String reason) {
    }
}
