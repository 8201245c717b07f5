package com.complaints.core.routing;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.complaint.ComplaintService;
import com.complaints.core.security.CurrentStaff;

/** {@code GET /api/v1/complaints/{id}/routing-suggestion}: where the rules would send the case, and why. */
@RestController
class RoutingSuggestionController {

    private final ComplaintService complaints;
    private final RoutingRules rules;
    private final CurrentStaff currentStaff;

    RoutingSuggestionController(ComplaintService complaints, RoutingRules rules, CurrentStaff currentStaff) {
        this.complaints = complaints;
        this.rules = rules;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/complaints/{id}/routing-suggestion")
    RoutingDecision suggestion(@PathVariable UUID id) {
        return rules.suggest(complaints.get(currentStaff.get(), id));
    }
}
