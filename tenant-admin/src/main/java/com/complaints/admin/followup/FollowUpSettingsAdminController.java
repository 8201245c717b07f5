package com.complaints.admin.followup;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.followup.FollowUpPolicies;
import com.complaints.core.followup.FollowUpPolicy;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.web.ETags;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code /api/v1/admin/follow-up-settings} (TENANT_ADMIN): when a survey score is dissatisfied, how long survey links
 * live, after how many unreachable attempts a case closes as not reachable.
 */
@RestController
@RequestMapping("/api/v1/admin/follow-up-settings")
class FollowUpSettingsAdminController {

    private final FollowUpPolicies policies;
    private final CurrentStaff currentStaff;

    FollowUpSettingsAdminController(FollowUpPolicies policies, CurrentStaff currentStaff) {
        this.policies = policies;
        this.currentStaff = currentStaff;
    }

    @Schema(name = "FollowUpSettings")
    record Settings(Integer dissatisfiedAtMost, Integer surveyValidityDays, Integer maxUnreachable) {
    }

    @GetMapping
    ResponseEntity<FollowUpPolicy> get() {
        FollowUpPolicy p = policies.current();
        return ResponseEntity.ok().eTag(ETags.of(p.version())).body(p);
    }

    @PutMapping
    ResponseEntity<FollowUpPolicy> change(@RequestBody Settings body,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (body.dissatisfiedAtMost() == null || body.surveyValidityDays() == null || body.maxUnreachable() == null) {
            throw new InvalidInputException(java.util.List.of(
                    InvalidInputException.FieldError.of("dissatisfiedAtMost", "required"),
                    InvalidInputException.FieldError.of("surveyValidityDays", "required"),
                    InvalidInputException.FieldError.of("maxUnreachable", "required")).stream()
                    .filter(f -> switch (f.field()) {
                        case "dissatisfiedAtMost" -> body.dissatisfiedAtMost() == null;
                        case "surveyValidityDays" -> body.surveyValidityDays() == null;
                        default -> body.maxUnreachable() == null;
                    }).toList());
        }
        FollowUpPolicy p = policies.change(new FollowUpPolicy(body.dissatisfiedAtMost(), body.surveyValidityDays(),
                body.maxUnreachable(), 0), ETags.expectedVersion(ifMatch), currentStaff.get().userId());
        return ResponseEntity.ok().eTag(ETags.of(p.version())).body(p);
    }
}
