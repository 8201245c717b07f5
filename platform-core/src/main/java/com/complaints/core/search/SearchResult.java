package com.complaints.core.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of hits, the total, facet counts per filter dimension (each counted with the other filters applied), and
 * the cursor of the next page (null on the last).
 */
public record SearchResult(List<Hit> hits, long total, Map<String, List<FacetCount>> facets, String nextSearchAfter) {

    public record Hit(UUID id, String caseNumber, String status, String category, String channel, UUID departmentId,
                      String region, String product, String urgency, Instant receivedAt, List<String> breached,
                      Integer satisfaction, double score, Map<String, List<String>> highlights) {
    }

    public record FacetCount(String value, long count) {
    }
}
