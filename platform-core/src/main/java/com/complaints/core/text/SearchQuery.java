package com.complaints.core.text;

import java.util.List;

/**
 * A full-text query as both adapters run it: every clause must match (in the case's product, description or
 * notes), a clause matches when any of its alternatives occurs there as a sequence of index terms (one term, or a
 * phrase of several), or when the case number is the one typed.
 *
 * @param clauses   what must match, in query order
 * @param proximity the query's own words in order (no synonyms): cases where they stand close together score higher
 */
public record SearchQuery(List<Clause> clauses, List<String> proximity) {

    public SearchQuery {
        clauses = List.copyOf(clauses);
        proximity = List.copyOf(proximity);
    }

    public static final SearchQuery EMPTY = new SearchQuery(List.of(), List.of());

    /**
     * @param alternatives term sequences, any of which satisfies the clause (the word itself, its synonyms, and for a
     *                     Chinese word also its characters as a phrase, for texts where the segmenter left them apart)
     * @param typedForms   how many of the first alternatives are the word as typed (the rest are its synonyms,
     *                     which score {@link #SYNONYM_WEIGHT} of what they would: the word typed ranks first)
     * @param caseNumber   the word as typed, upper-cased: the clause also matches the case with this number (null:
     *                     not a possible case number)
     * @param quoted       whether the user quoted it
     */
    public record Clause(List<List<String>> alternatives, int typedForms, String caseNumber, boolean quoted) {

        public Clause {
            alternatives = alternatives.stream().map(List::copyOf).toList();
        }

        /** A clause of one index term, as typed (no synonyms): the words a similar case is looked up by. */
        public static Clause word(String term) {
            return new Clause(List.of(List.of(term)), 1, null, false);
        }

        /** The weight of an alternative's score: 1 for the word as typed, less for a synonym. */
        public double weight(int alternative) {
            return alternative < typedForms ? 1 : SYNONYM_WEIGHT;
        }
    }

    /** What a synonym's match counts for, against the word as typed. */
    public static final double SYNONYM_WEIGHT = 0.5;

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** Every term of every alternative (for highlighting and statistics). */
    public List<List<String>> allAlternatives() {
        return clauses.stream().flatMap(c -> c.alternatives().stream()).distinct().toList();
    }
}
