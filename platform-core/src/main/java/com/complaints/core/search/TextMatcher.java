package com.complaints.core.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches and scores a query on analysed cases in memory, as the Elasticsearch adapter's query does on the index:
 * every clause must match; a clause scores its best alternative in its best field (BM25 times the field's weight);
 * a case number typed in full matches its case; the query's words close together in one field add a proximity
 * bonus (a sloppy phrase of up to {@value #SLOP} positions).
 */
final class TextMatcher {

    static final int SLOP = SearchField.PROXIMITY_SLOP;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double CASE_NUMBER_SCORE = 10;

    private final List<AnalysedCase> corpus;
    private final Map<SearchField, Double> averageLength = new EnumMap<>(SearchField.class);
    private final Map<SearchField, Map<String, Integer>> documentFrequency = new EnumMap<>(SearchField.class);

    /** @param corpus the cases whose statistics weigh the terms (the tenant's cases) */
    TextMatcher(List<AnalysedCase> corpus, SearchQuery query) {
        this.corpus = corpus;
        List<String> terms = query.allAlternatives().stream().flatMap(List::stream).distinct().toList();
        for (SearchField field : SearchField.values()) {
            long total = 0;
            Map<String, Integer> df = new HashMap<>();
            for (AnalysedCase c : corpus) {
                AnalysedCase.Postings p = c.field(field);
                total += p.length();
                for (String term : terms) {
                    if (p.contains(term)) {
                        df.merge(term, 1, Integer::sum);
                    }
                }
            }
            averageLength.put(field, corpus.isEmpty() ? 1 : Math.max(1, (double) total / corpus.size()));
            documentFrequency.put(field, df);
        }
    }

    /** The cases of {@code candidates} that match, with their scores, in candidate order. */
    Map<AnalysedCase, Double> match(List<AnalysedCase> candidates, SearchQuery query) {
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
    double score(AnalysedCase c, SearchQuery query) {
        double total = 0;
        for (SearchQuery.Clause clause : query.clauses()) {
            double best = 0;
            for (int a = 0; a < clause.alternatives().size(); a++) {
                for (SearchField field : SearchField.values()) {
                    best = Math.max(best, clause.weight(a) * score(c, field, clause.alternatives().get(a)));
                }
            }
            if (clause.caseNumber() != null && clause.caseNumber().equalsIgnoreCase(c.facts().caseNumber())) {
                best = Math.max(best, CASE_NUMBER_SCORE);
            }
            if (best == 0) {
                return 0;
            }
            total += best;
        }
        return total + proximity(c, query.proximity());
    }

    private double score(AnalysedCase c, SearchField field, List<String> sequence) {
        AnalysedCase.Postings p = c.field(field);
        int frequency = p.occurrences(sequence).length;
        if (frequency == 0) {
            return 0;
        }
        double norm = K1 * (1 - B + B * p.length() / averageLength.get(field));
        double tf = frequency / (frequency + norm);
        double idf = 0;
        for (String term : sequence) {
            int df = documentFrequency.get(field).getOrDefault(term, 0);
            idf += Math.log(1 + (corpus.size() - df + 0.5) / (df + 0.5));
        }
        return field.weight() * idf * tf;
    }

    /** The bonus for the query's words standing close together in one field: more the closer. */
    static double proximity(AnalysedCase c, List<String> words) {
        if (words.size() < 2) {
            return 0;
        }
        double best = 0;
        for (SearchField field : SearchField.values()) {
            int span = smallestWindow(c.field(field), words);
            int extra = span - (words.size() - 1);
            if (span >= 0 && extra <= SLOP) {
                best = Math.max(best, field.weight() / (1 + extra));
            }
        }
        return best;
    }

    /** The smallest distance between the first and last of positions holding every word once (-1: not all there). */
    static int smallestWindow(AnalysedCase.Postings p, List<String> words) {
        List<int[]> entries = new ArrayList<>();
        List<String> distinct = words.stream().distinct().toList();
        for (int w = 0; w < distinct.size(); w++) {
            int[] positions = p.positions(distinct.get(w));
            if (positions.length == 0) {
                return -1;
            }
            for (int pos : positions) {
                entries.add(new int[] {pos, w});
            }
        }
        entries.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] inWindow = new int[distinct.size()];
        int covered = 0;
        int best = Integer.MAX_VALUE;
        int left = 0;
        for (int[] right : entries) {
            if (inWindow[right[1]]++ == 0) {
                covered++;
            }
            while (covered == distinct.size()) {
                int[] l = entries.get(left);
                best = Math.min(best, right[0] - l[0]);
                if (--inWindow[l[1]] == 0) {
                    covered--;
                }
                left++;
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best + (words.size() - distinct.size());
    }
}
