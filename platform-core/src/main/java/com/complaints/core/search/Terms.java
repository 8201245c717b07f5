package com.complaints.core.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.complaints.core.text.TextAnalysis;
import com.complaints.core.text.Token;

/**
 * Frequent words of a set of complaint texts, counted once per text, as the search analysis reads them: Chinese
 * words of two or more characters from the segmenter, English words of three letters or more (minus stop words),
 * grouped by stem and shown in their most frequent written form ("charging" for charge, charges, charging).
 */
final class Terms {

    private static final Set<String> STOP_WORDS = Set.of("after", "since", "again", "when", "what", "which", "been",
            "would", "could", "please", "still", "also", "only", "very", "just", "than", "them", "day", "days", "week",
            "weeks", "time", "times", "get", "got", "want", "about", "because", "can", "any", "all", "one", "two", "out");

    private Terms() {
    }

    record Term(String term, long documents) {
    }

    static List<Term> frequent(List<String> texts, Set<String> exclude, int top, int minDocuments, TextAnalysis analysis) {
        Map<String, Long> df = new HashMap<>();
        Map<String, Map<String, Long>> written = new HashMap<>();
        Set<String> excluded = new HashSet<>();
        exclude.forEach(e -> excluded.addAll(analysis.terms(e)));
        for (String text : texts) {
            Set<String> seen = new HashSet<>();
            for (Token t : analysis.tokens(text)) {
                String form = TextAnalysis.fold(text.substring(t.start(), t.end()));
                if (excluded.contains(t.term()) || !counts(t, form)) {
                    continue;
                }
                seen.add(t.term());
                written.computeIfAbsent(t.term(), k -> new HashMap<>()).merge(form, 1L, Long::sum);
            }
            seen.forEach(t -> df.merge(t, 1L, Long::sum));
        }
        return df.entrySet().stream()
                .filter(e -> e.getValue() >= minDocuments)
                .map(e -> new Term(mostWritten(written.get(e.getKey())), e.getValue()))
                .sorted(java.util.Comparator.comparingLong(Term::documents).reversed().thenComparing(Term::term))
                .limit(top).collect(Collectors.toList());
    }

    private static boolean counts(Token t, String form) {
        if (t.chinese()) {
            return form.codePointCount(0, form.length()) >= 2 && !TextAnalysis.isFunctionWord(form);
        }
        return form.length() >= 3 && !form.chars().allMatch(Character::isDigit) && !TextAnalysis.isFunctionWord(form)
                && !STOP_WORDS.contains(form);
    }

    private static String mostWritten(Map<String, Long> forms) {
        return forms.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElseThrow();
    }

    static Map<String, Long> asMap(List<Term> terms) {
        Map<String, Long> map = new LinkedHashMap<>();
        terms.forEach(t -> map.put(t.term(), t.documents()));
        return map;
    }
}
