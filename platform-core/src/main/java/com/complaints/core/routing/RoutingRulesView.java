package com.complaints.core.routing;

import java.time.Instant;
import java.util.List;

/** The tenant's routing rules in one version (version 0: none defined yet). */
public record RoutingRulesView(int version, List<RoutingRule> rules, String changedBy, Instant changedAt) {
}
