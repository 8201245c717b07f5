package com.complaints.core.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What search and analytics know of a case: its classification, where it came from and went, its texts, SLA
 * outcome and satisfaction — never the consumer's name, phone, e-mail or address. Both search adapters work from
 * these facts, so they answer alike.
 *
 * @param region        the region name, else its code, else {@code null}
 * @param product       the product or service name
 * @param texts         description, expected resolution, progress messages, solutions, resolution, follow-up comments
 * @param sla           per SLA metric: ON_TIME, LATE (met after its deadline), OVERDUE (open past it), OPEN
 * @param breached      the metrics whose deadline was missed
 * @param satisfaction  the latest follow-up score (1-5), if any
 * @param changeVersion the case's change counter (every timeline event increments it): the index version
 * @param firstContactResolution resolved in its first round without ever being handed over
 */
public record CaseFacts(UUID id, String tenantId, String caseNumber, String status, String category, String complexity,
                        String urgency, String channel, UUID departmentId, String region, String regionCode,
                        String subjectType, String product, String description, List<String> texts,
                        Map<String, String> sla, List<String> breached, Integer satisfaction, int round,
                        String createdBy, String assigneeUserId, Instant receivedAt, Instant resolvedAt,
                        Instant closedAt, Instant updatedAt, long changeVersion, boolean firstContactResolution) {

    public CaseFacts {
        texts = List.copyOf(texts);
        sla = Map.copyOf(sla);
        breached = List.copyOf(breached);
    }

    /** The product × category cluster of recurring-problem analysis: "product | CATEGORY" (UNTRIAGED before triage). */
    public String cluster() {
        return product + " | " + (category == null ? "UNTRIAGED" : category);
    }

    /** The value of a dimension: category, channel, region, department, product, status, urgency, satisfaction, sla.METRIC. */
    public String value(String dimension) {
        return switch (dimension) {
            case "category" -> category;
            case "channel" -> channel;
            case "region" -> region;
            case "department" -> departmentId == null ? null : departmentId.toString();
            case "product" -> product;
            case "status" -> status;
            case "urgency" -> urgency;
            case "satisfaction" -> satisfaction == null ? null : satisfaction.toString();
            case "cluster" -> cluster();
            default -> dimension.startsWith("sla.") ? sla.get(dimension.substring(4)) : null;
        };
    }
}
