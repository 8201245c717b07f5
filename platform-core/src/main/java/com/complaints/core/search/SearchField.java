package com.complaints.core.search;

import java.util.List;

import com.complaints.core.complaint.CaseFacts;

/**
 * The analysed text fields of a case and their weights in ranking: the product or service (subject) above the
 * description above everything written later (expected resolution, progress notes, solutions, resolution, follow-up
 * comments). Both adapters score a clause by its best field.
 */
public enum SearchField {

    PRODUCT("product_terms", 3),
    DESCRIPTION("description_terms", 2),
    NOTES("notes_terms", 1);

    /** Positions left between two values of a field, so that a phrase never spans two notes (Elasticsearch's default). */
    public static final int POSITION_GAP = 100;

    /** How far apart the query's words may stand for the proximity bonus (a sloppy phrase's slop). */
    public static final int PROXIMITY_SLOP = 50;

    private final String indexField;
    private final double weight;

    SearchField(String indexField, double weight) {
        this.indexField = indexField;
        this.weight = weight;
    }

    /** The field of the Elasticsearch document that holds the analysed terms. */
    public String indexField() {
        return indexField;
    }

    public double weight() {
        return weight;
    }

    /** The field's original texts of a case. */
    public List<String> values(CaseFacts f) {
        return switch (this) {
            case PRODUCT -> f.product() == null ? List.of() : List.of(f.product());
            case DESCRIPTION -> f.description() == null ? List.of() : List.of(f.description());
            case NOTES -> notes(f);
        };
    }

    private static List<String> notes(CaseFacts f) {
        List<String> texts = f.texts();
        return !texts.isEmpty() && texts.getFirst().equals(f.description()) ? texts.subList(1, texts.size()) : texts;
    }
}
