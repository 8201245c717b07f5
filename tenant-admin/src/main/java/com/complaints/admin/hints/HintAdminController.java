package com.complaints.admin.hints;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.hints.HintLexicons;
import com.complaints.core.hints.HintQuality;
import com.complaints.core.hints.TriageHintService;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.ETags;

/**
 * {@code /api/v1/admin/hint-lexicons} (TENANT_ADMIN): the words behind the triage hints (ETag = revision, 0 for the
 * defaults); {@code /api/v1/admin/hint-quality}: how often agents followed them.
 */
@RestController
class HintAdminController {

    private final TriageHintService hints;
    private final CurrentStaff currentStaff;

    HintAdminController(TriageHintService hints, CurrentStaff currentStaff) {
        this.hints = hints;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/admin/hint-lexicons")
    ResponseEntity<HintLexicons> lexicons() {
        var current = hints.lexicons();
        return ResponseEntity.ok().eTag(ETags.of(current.revision())).body(current.lexicons());
    }

    @PutMapping("/api/v1/admin/hint-lexicons")
    ResponseEntity<HintLexicons> replace(@RequestBody HintLexicons body,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var saved = hints.replace(body, currentStaff.get().userId(), ETags.expectedVersion(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(saved.revision())).body(saved.lexicons());
    }

    @GetMapping("/api/v1/admin/hint-quality")
    List<HintQuality> quality() {
        return hints.quality();
    }
}
