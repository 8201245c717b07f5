package com.complaints.admin.routing;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.routing.IntakeRouting;
import com.complaints.core.routing.RoutingDecision;
import com.complaints.core.routing.RoutingRule;
import com.complaints.core.routing.RoutingRules;
import com.complaints.core.routing.RoutingRulesView;
import com.complaints.core.routing.RoutingSample;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.ETags;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code /api/v1/admin/routing-rules} (TENANT_ADMIN): the ordered routing rules. {@code PUT} replaces the whole list
 * as a new version (ETag = version; If-Match guards concurrent edits), recorded in the audit log; {@code dry-run}
 * routes a sample complaint and returns the trace of every rule evaluated, {@code draft/dry-run} does the same with
 * rules not saved yet.
 */
@RestController
@RequestMapping("/api/v1/admin/routing-rules")
class RoutingRuleAdminController {

    private final RoutingRules rules;
    private final IntakeRouting intakeRouting;
    private final CurrentStaff currentStaff;

    RoutingRuleAdminController(RoutingRules rules, IntakeRouting intakeRouting, CurrentStaff currentStaff) {
        this.rules = rules;
        this.intakeRouting = intakeRouting;
        this.currentStaff = currentStaff;
    }

    /** Whether channel intake (web form, channel plugins) is routed automatically by the rules. */
    @GetMapping("/settings")
    Settings settings() {
        return new Settings(intakeRouting.autoRouteIntake());
    }

    @PutMapping("/settings")
    Settings changeSettings(@RequestBody Settings body) {
        return new Settings(intakeRouting.setAutoRouteIntake(body.autoRouteIntake(), currentStaff.get().userId()));
    }

    @Schema(name = "RoutingSettings")
    record Settings(boolean autoRouteIntake) {
    }

    @GetMapping
    ResponseEntity<RoutingRulesView> current() {
        RoutingRulesView current = rules.current();
        return ResponseEntity.ok().eTag(ETags.of(current.version())).body(current);
    }

    @PutMapping
    ResponseEntity<RoutingRulesView> replace(@RequestBody List<RoutingRule> body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        RoutingRulesView saved = rules.replace(body, currentStaff.get().userId(), expected == null ? null : expected.intValue());
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(saved);
    }

    @GetMapping("/versions")
    List<RoutingRulesView> versions() {
        return rules.history();
    }

    @PostMapping("/dry-run")
    RoutingDecision dryRun(@RequestBody RoutingSample sample) {
        return rules.dryRun(sample);
    }

    /** Routes a sample with a draft of the rules (not saved), validated as a save would be; errors name {@code [i].…}. */
    @PostMapping("/draft/dry-run")
    RoutingDecision dryRunDraft(@RequestBody DraftDryRun body) {
        return rules.dryRun(body.rules(), body.sample());
    }

    record DraftDryRun(List<RoutingRule> rules, RoutingSample sample) {
    }
}
