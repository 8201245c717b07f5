package com.complaints.core.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Frequent terms of a set of complaint texts: English words (three letters or more, minus stop words) and Chinese
 * character bigrams (minus those made of function characters), counted once per text.
 */
final class Terms {

    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "that", "this", "was", "were",
            "are", "but", "not", "have", "has", "had", "you", "your", "our", "they", "them", "from", "after", "since",
            "again", "when", "what", "which", "there", "their", "been", "would", "could", "please", "still", "also",
            "into", "only", "very", "just", "than", "then", "all", "any", "can", "did", "does", "one", "two", "out", "its",
            "day", "days", "week", "weeks", "time", "times", "get", "got", "want", "will", "about", "because");
    private static final String STOP_CHARS = "的了是在我你他她它们这那和与及也就都还又很而并但把被让给对于从到有没不吗呢吧啊哦呀个些么之其";

    private Terms() {
    }

    record Term(String term, long documents) {
    }

    static List<Term> frequent(List<String> texts, Set<String> exclude, int top, int minDocuments) {
        Map<String, Long> df = new HashMap<>();
        for (String text : texts) {
            Set<String> seen = new HashSet<>();
            QueryText parts = QueryText.parse(text);
            for (String word : parts.words()) {
                if (word.length() >= 3 && !STOP_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                    seen.add(word);
                }
            }
            for (String run : parts.phrases()) {
                for (int i = 0; i + 2 <= run.length(); i++) {
                    String bigram = run.substring(i, i + 2);
                    if (STOP_CHARS.indexOf(bigram.charAt(0)) < 0 && STOP_CHARS.indexOf(bigram.charAt(1)) < 0) {
                        seen.add(bigram);
                    }
                }
            }
            seen.forEach(t -> df.merge(t, 1L, Long::sum));
        }
        Set<String> excluded = exclude.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return df.entrySet().stream()
                .filter(e -> e.getValue() >= minDocuments && excluded.stream().noneMatch(x -> x.contains(e.getKey())))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).map(e -> new Term(e.getKey(), e.getValue())).collect(Collectors.toList());
    }

    static Map<String, Long> asMap(List<Term> terms) {
        Map<String, Long> map = new LinkedHashMap<>();
        terms.forEach(t -> map.put(t.term(), t.documents()));
        return map;
    }
}
