package com.complaints.core.search;

import java.util.List;

import com.complaints.core.complaint.CaseFacts;

/**
 * The analysed text fields of a case and their weights in ranking: the product or service (subject) above the
 * description above everything written later (expected resolution, progress notes, solutions, resolution, follow-up
 * comments). Both adapters score alike, without term statistics (which on a shared index would depend on other
 * tenants' cases): a clause scores the weight of the best field where it matches, times 1 for the word as typed or
 * {@link com.complaints.core.text.SearchQuery#SYNONYM_WEIGHT} for a synonym; the query's words close together in
 * the product or description add the {@link #PROXIMITY} bonus; equal scores are ordered newest first.
 */
public enum SearchField {

    PRODUCT("product_terms", 3),
    DESCRIPTION("description_terms", 2),
    NOTES("notes_terms", 1);

    /** Positions left between two values of a field, so that a phrase never spans two notes (Elasticsearch's default). */
    public static final int POSITION_GAP = 100;

    /**
     * The proximity bonus, looked for in the product and the description (not in the notes, whose sloppy phrases cost
     * much search time on Elasticsearch for little): for each slop (how far the query's words may stand from their
     * order side by side, as in a sloppy phrase) the bonus times the weight of the best of the two fields where they
     * stand that close; the tiers add up, so words side by side earn all three.
     */
    public static final List<ProximityTier> PROXIMITY = List.of(new ProximityTier(0, 1.0), new ProximityTier(3, 0.5),
            new ProximityTier(50, 0.25));

    /** A tier of the proximity bonus. */
    public record ProximityTier(int slop, double bonus) {
    }

    /** The fields where the proximity bonus is looked for. */
    public static final List<SearchField> PROXIMITY_FIELDS = List.of(PRODUCT, DESCRIPTION);

    /** The score of a case whose number is the one typed. */
    public static final double CASE_NUMBER_SCORE = 10;

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
