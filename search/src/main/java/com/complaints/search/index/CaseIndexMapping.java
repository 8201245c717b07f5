package com.complaints.search.index;

/**
 * The versioned mapping of the shared case index. One index for all tenants: {@code tenant_id} on every document
 * and routing by tenant, so a tenant's documents live on one shard. Text is analysed by the application
 * ({@link com.complaints.core.text.TextAnalysis}: Chinese word segmentation, English stemming) and indexed as
 * space-separated terms into {@code whitespace}-analysed fields, which every Elasticsearch has (no plugin, no
 * {@code analysis-common} module), left out of {@code _source} (a reindex reads the database); the original texts
 * are kept unindexed for display and highlighting. A change of
 * the mapping is a new {@link #VERSION}: reindex builds the new index and swaps the alias.
 */
public final class CaseIndexMapping {

    /** 2: the application's analysis into *_terms fields (1: Elasticsearch's standard analyzer on the texts). */
    public static final int VERSION = 2;

    private CaseIndexMapping() {
    }

    /** The body of the create-index request. */
    public static String createBody(int shards) {
        String terms = "{\"type\": \"text\", \"analyzer\": \"whitespace\"}";
        return """
                {
                  "settings": {"number_of_shards": %d, "number_of_replicas": 0, "refresh_interval": "1s"},
                  "mappings": {
                    "dynamic": "strict",
                    "_meta": {"mapping_version": %d},
                    "_source": {"excludes": ["product_terms", "description_terms", "notes_terms"]},
                    "properties": {
                      "tenant_id": {"type": "keyword"},
                      "case_id": {"type": "keyword"},
                      "case_number": {"type": "keyword"},
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
                      "cluster": {"type": "keyword"},
                      "texts": {"type": "text", "index": false},
                      "product_terms": %s,
                      "description_terms": %s,
                      "notes_terms": %s,
                      "vocabulary_revision": {"type": "long"},
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
                }""".formatted(shards, VERSION, terms, terms, terms);
    }

    /** Whether an index of this alias was made with the current mapping (its name carries the version). */
    public static boolean current(String alias, String index) {
        return index.startsWith(alias + "-v" + VERSION + "-");
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
