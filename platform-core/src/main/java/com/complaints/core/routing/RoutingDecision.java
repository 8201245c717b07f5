package com.complaints.core.routing;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of routing: the matching rule (none: the default, customer service) and the trace of every rule
 * evaluated up to it, with the evidence each condition found.
 */
public record RoutingDecision(UUID ruleId, String ruleName, UUID departmentId, String userId, String priority,
                              boolean defaulted, List<RuleTrace> trace) {

    public record RuleTrace(UUID ruleId, String name, boolean enabled, boolean matched, List<ConditionTrace> conditions) {
    }

    public record ConditionTrace(RoutingField field, boolean matched, List<String> evidence) {
    }
}
