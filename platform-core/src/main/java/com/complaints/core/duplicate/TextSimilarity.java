package com.complaints.core.duplicate;

import java.util.HashSet;
import java.util.Set;

import com.complaints.core.text.SearchVocabulary;
import com.complaints.core.text.TextAnalysis;

/**
 * Jaccard similarity of two complaint texts over their words and word pairs, as the search analysis reads them
 * ({@link TextAnalysis}: segmented Chinese words, stemmed English ones). Punctuation and spacing do not count.
 */
public final class TextSimilarity {

    private static final TextAnalysis WORDS = new TextAnalysis(SearchVocabulary.defaults());

    private TextSimilarity() {
    }

    public static double jaccard(String a, String b) {
        return jaccard(tokens(a), tokens(b));
    }

    /** Jaccard similarity of two token sets of {@link #tokens}: tokenise a text once to compare it with many. */
    public static double jaccard(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> smaller = x.size() <= y.size() ? x : y;
        Set<String> larger = smaller == x ? y : x;
        int common = 0;
        for (String token : smaller) {
            if (larger.contains(token)) {
                common++;
            }
        }
        return (double) common / (x.size() + y.size() - common);
    }

    /**
     * The text's shingles: the words of the search analysis (Chinese words from the segmenter, English words folded
     * and stemmed; function words left out) and each pair of neighbouring words, so that both the vocabulary and
     * the wording count. The platform's default vocabulary, not a tenant's: a case's keys never change with an edit.
     */
    public static Set<String> tokens(String text) {
        Set<String> tokens = new HashSet<>();
        if (text == null) {
            return tokens;
        }
        String previous = null;
        for (String word : WORDS.contentWords(text)) {
            tokens.add("w:" + word);
            if (previous != null) {
                tokens.add("b:" + previous + " " + word);
            }
            previous = word;
        }
        return tokens;
    }
}
