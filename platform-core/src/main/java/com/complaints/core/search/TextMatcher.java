package com.complaints.core.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.complaints.core.text.SearchQuery;

/**
 * Matches and scores a query on analysed cases in memory, exactly as the Elasticsearch adapter's query does on the
 * index ({@link SearchField} says how): every clause must match — one of its alternatives as consecutive terms in
 * one field, or the case number typed in full.
 */
final class TextMatcher {

    private TextMatcher() {
    }

    /** The cases of {@code candidates} that match, with their scores, in candidate order. */
    static Map<AnalysedCase, Double> match(List<AnalysedCase> candidates, SearchQuery query) {
        Map<AnalysedCase, Double> matched = new LinkedHashMap<>();
        for (AnalysedCase c : candidates) {
            double score = score(c, query);
            if (score > 0) {
                matched.put(c, score);
            }
        }
        return matched;
    }

    /** The case's score, 0 when a clause does not match. */
    static double score(AnalysedCase c, SearchQuery query) {
        double total = 0;
        for (SearchQuery.Clause clause : query.clauses()) {
            double best = clauseScore(c, clause);
            if (best == 0) {
                return 0;
            }
            total += best;
        }
        return total + proximity(c, query.proximity());
    }

    /** The sum of the scores of the words the case has (0: none), as {@link CaseIndex#sharingAny} ranks. */
    static double sharing(AnalysedCase c, List<SearchQuery.Clause> words) {
        double total = 0;
        for (SearchQuery.Clause word : words) {
            total += clauseScore(c, word);
        }
        return total;
    }

    private static double clauseScore(AnalysedCase c, SearchQuery.Clause clause) {
        {
            double best = 0;
            for (int a = 0; a < clause.alternatives().size(); a++) {
                for (SearchField field : SearchField.values()) {
                    if (c.field(field).occurrences(clause.alternatives().get(a)).length > 0) {
                        best = Math.max(best, field.weight() * clause.weight(a));
                    }
                }
            }
            if (clause.caseNumber() != null && clause.caseNumber().equalsIgnoreCase(c.facts().caseNumber())) {
                best = Math.max(best, SearchField.CASE_NUMBER_SCORE);
            }
            return best;
        }
    }

    /** The bonus for the query's words standing close together in the product or the description. */
    static double proximity(AnalysedCase c, List<String> words) {
        if (words.size() < 2) {
            return 0;
        }
        double bonus = 0;
        for (SearchField.ProximityTier tier : SearchField.PROXIMITY) {
            double best = 0;
            for (SearchField field : SearchField.PROXIMITY_FIELDS) {
                int slop = slop(c.field(field), words);
                if (slop >= 0 && slop <= tier.slop()) {
                    best = Math.max(best, tier.bonus() * field.weight());
                }
            }
            bonus += best;
        }
        return bonus;
    }

    /**
     * The least slop a sloppy phrase of the words needs to match the field (-1: a word is missing): the smallest
     * spread of position minus place in the query over one occurrence of each word, as Lucene measures it (words in
     * order side by side: 0; two words swapped: 2).
     */
    static int slop(AnalysedCase.Postings p, List<String> words) {
        List<int[]> entries = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            int[] positions = p.positions(words.get(w));
            if (positions.length == 0) {
                return -1;
            }
            for (int pos : positions) {
                entries.add(new int[] {pos - w, w});
            }
        }
        entries.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] inWindow = new int[words.size()];
        int covered = 0;
        int best = Integer.MAX_VALUE;
        int left = 0;
        for (int[] right : entries) {
            if (inWindow[right[1]]++ == 0) {
                covered++;
            }
            while (covered == words.size()) {
                int[] l = entries.get(left);
                best = Math.min(best, right[0] - l[0]);
                if (--inWindow[l[1]] == 0) {
                    covered--;
                }
                left++;
            }
        }
        return best;
    }
}
