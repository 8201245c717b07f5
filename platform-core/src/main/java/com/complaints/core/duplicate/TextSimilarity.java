package com.complaints.core.duplicate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Jaccard similarity of two complaint texts: character bigrams for Chinese (and other CJK) text, word 2-shingles for
 * spaced scripts, both together for mixed text. Punctuation and spacing do not count.
 */
public final class TextSimilarity {

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

    /** The text's shingles: CJK character bigrams and word 2-shingles, lower-cased. */
    public static Set<String> tokens(String text) {
        Set<String> tokens = new HashSet<>();
        if (text == null) {
            return tokens;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder cjk = new StringBuilder();
        StringBuilder spaced = new StringBuilder();
        lower.codePoints().forEach(cp -> {
            if (isCjk(cp)) {
                cjk.appendCodePoint(cp);
                spaced.append(' ');
            } else if (Character.isLetterOrDigit(cp)) {
                spaced.appendCodePoint(cp);
            } else {
                spaced.append(' ');
                cjk.append('|');
            }
        });
        for (String run : cjk.toString().split("\\|")) {
            int[] cps = run.codePoints().toArray();
            if (cps.length == 1) {
                tokens.add(new String(cps, 0, 1));
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                tokens.add(new String(cps, i, 2));
            }
        }
        String[] words = spaced.toString().trim().split("\\s+");
        if (words.length == 1 && !words[0].isEmpty()) {
            tokens.add("w:" + words[0]);
        }
        for (int i = 0; i + 1 < words.length; i++) {
            if (!words[i].isEmpty() && !words[i + 1].isEmpty()) {
                tokens.add("w:" + words[i] + " " + words[i + 1]);
            }
        }
        return tokens;
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
