package com.complaints.core.routing;

import java.util.List;
import java.util.UUID;

/**
 * One routing rule. Rules are evaluated in order; the first whose conditions hold (all of them, or any, per
 * {@code match}) decides.
 *
 * @param targetUserId optional agent of the target department
 * @param priority     optional priority the routed case gets (free text such as HIGH), shown to the receiver
 */
public record RoutingRule(UUID id, String name, Boolean enabled, Match match, List<Condition> conditions,
                          UUID targetDepartmentId, String targetUserId, String priority) {

    /** A rule is enabled unless it says otherwise. */
    public RoutingRule {
        enabled = enabled == null || enabled;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        match = match == null ? Match.ALL : match;
    }

    public enum Match {
        ALL,
        ANY
    }

    /** {@code field} holds if the case's value matches any of {@code values}. */
    public record Condition(RoutingField field, List<String> values) {

        public Condition {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }
}
