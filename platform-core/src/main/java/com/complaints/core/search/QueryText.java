package com.complaints.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A full-text query split the way both adapters match it: runs of Chinese characters are phrases (matched as
 * consecutive characters — the standard tokenizer makes one token per character, so a phrase query needs no
 * shingles), other words are terms. Every part must match; punctuation separates parts.
 */
public record QueryText(List<String> phrases, List<String> words) {

    public static QueryText parse(String q) {
        List<String> phrases = new ArrayList<>();
        List<String> words = new ArrayList<>();
        if (q == null) {
            return new QueryText(phrases, words);
        }
        StringBuilder cjk = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < q.length(); ) {
            int cp = q.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flush(word, words, true);
                cjk.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flush(cjk, phrases, false);
                word.appendCodePoint(cp);
            } else {
                flush(cjk, phrases, false);
                flush(word, words, true);
            }
        }
        flush(cjk, phrases, false);
        flush(word, words, true);
        return new QueryText(List.copyOf(phrases.stream().distinct().limit(20).toList()),
                List.copyOf(words.stream().distinct().limit(20).toList()));
    }

    public boolean isEmpty() {
        return phrases.isEmpty() && words.isEmpty();
    }

    /** All parts, phrases first. */
    public List<String> parts() {
        List<String> all = new ArrayList<>(phrases);
        all.addAll(words);
        return all;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static void flush(StringBuilder b, List<String> into, boolean lower) {
        if (!b.isEmpty()) {
            into.add(lower ? b.toString().toLowerCase(Locale.ROOT) : b.toString());
            b.setLength(0);
        }
    }
}
