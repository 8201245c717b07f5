package com.complaints.search.index;

import java.util.Set;

/**
 * The versioned mapping of the shared case index. One index for all tenants: {@code tenant_id} on every document
 * and routing by tenant, so a tenant's documents live on one shard. Text fields use the {@code standard} analyzer by
 * default, which needs no plugin and no {@code analysis-common} module; {@code smartcn} and {@code icu} swap in a
 * Chinese-aware analyzer when the cluster has it. A change of the mapping is a new {@link #VERSION}: reindex builds
 * the new index and swaps the alias.
 */
public final class CaseIndexMapping {

    public static final int VERSION = 1;
    private static final Set<String> ANALYZERS = Set.of("standard", "smartcn", "icu");

    private CaseIndexMapping() {
    }

    public static String analyzer(String configured) {
        if (!ANALYZERS.contains(configured)) {
            throw new IllegalArgumentException("complaints.search.index.text-analyzer must be one of " + ANALYZERS);
        }
        return configured.equals("icu") ? "icu_analyzer" : configured;
    }

    /** The body of the create-index request. */
    public static String createBody(String textAnalyzer, int shards) {
        String text = "{\"type\": \"text\", \"analyzer\": \"" + analyzer(textAnalyzer) + "\"}";
        return """
                {
                  "settings": {"number_of_shards": %d, "number_of_replicas": 0, "refresh_interval": "1s"},
                  "mappings": {
                    "dynamic": "strict",
                    "_meta": {"mapping_version": %d},
                    "properties": {
                      "tenant_id": {"type": "keyword"},
                      "case_id": {"type": "keyword"},
                      "case_number": {"type": "keyword"},
                      "case_number_text": %s,
                      "status": {"type": "keyword"},
                      "category": {"type": "keyword"},
                      "complexity": {"type": "keyword"},
                      "urgency": {"type": "keyword"},
                      "channel": {"type": "keyword"},
                      "department": {"type": "keyword"},
                      "region": {"type": "keyword"},
                      "region_code": {"type": "keyword"},
                      "subject_type": {"type": "keyword"},
                      "product": {"type": "keyword"},
                      "product_text": %s,
                      "cluster": {"type": "keyword"},
                      "texts": %s,
                      "sla": {"properties": {
                        "FIRST_CONTACT": {"type": "keyword"}, "PROGRESS_FEEDBACK": {"type": "keyword"},
                        "RESOLUTION": {"type": "keyword"}, "FOLLOW_UP": {"type": "keyword"},
                        "HANDOVER_ACKNOWLEDGEMENT": {"type": "keyword"}}},
                      "breached": {"type": "keyword"},
                      "breached_key": {"type": "keyword"},
                      "satisfaction": {"type": "integer"},
                      "satisfaction_key": {"type": "keyword"},
                      "round": {"type": "integer"},
                      "created_by": {"type": "keyword"},
                      "assignee": {"type": "keyword"},
                      "received_at": {"type": "date"},
                      "resolved_at": {"type": "date"},
                      "closed_at": {"type": "date"},
                      "updated_at": {"type": "date"},
                      "change_version": {"type": "long"}
                    }
                  }
                }""".formatted(shards, VERSION, text, text, text);
    }

    /** The document field of a filter or histogram dimension. */
    public static String field(String dimension) {
        return switch (dimension) {
            case "satisfaction" -> "satisfaction_key";
            case "breached" -> "breached_key";
            case "status", "category", "channel", "department", "region", "product", "urgency", "cluster" -> dimension;
            default -> {
                if (dimension.startsWith("sla.")) {
                    yield dimension;
                }
                throw new IllegalArgumentException("no such dimension: " + dimension);
            }
        };
    }
}
