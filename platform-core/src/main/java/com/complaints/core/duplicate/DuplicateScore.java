package com.complaints.core.duplicate;

import java.util.ArrayList;
import java.util.List;

/**
 * How likely two complaints are the same: text similarity, raised when the consumer's contact or the order
 * reference is the same. Likely: same person or order and text at least {@link #IDENTITY_TEXT} alike, or text at
 * least {@link #TEXT_ONLY} alike on its own.
 */
public record DuplicateScore(double score, double textSimilarity, List<String> reasons, boolean likely) {

    static final double IDENTITY_TEXT = 0.15;
    static final double TEXT_ONLY = 0.6;

    public static DuplicateScore of(boolean samePhone, boolean sameEmail, boolean sameReference, double similarity) {
        List<String> reasons = new ArrayList<>();
        if (samePhone) {
            reasons.add("SAME_PHONE");
        }
        if (sameEmail) {
            reasons.add("SAME_EMAIL");
        }
        if (sameReference) {
            reasons.add("SAME_REFERENCE");
        }
        if (similarity >= IDENTITY_TEXT) {
            reasons.add("SIMILAR_TEXT");
        }
        boolean identity = samePhone || sameEmail || sameReference;
        boolean likely = (identity && similarity >= IDENTITY_TEXT) || similarity >= TEXT_ONLY;
        double score = Math.min(1.0, similarity + (identity ? 0.3 : 0));
        return new DuplicateScore(Math.round(score * 100) / 100.0, Math.round(similarity * 100) / 100.0,
                List.copyOf(reasons), likely);
    }
}
