package com.complaints.core.shared;

import java.text.Normalizer;

/**
 * Text as people send it, made safe to store, index, print and show: NUL and other control characters (but tab,
 * line feed and carriage return) become spaces, unpaired surrogates become U+FFFD, and the result is in NFC.
 * Applied to every JSON string the API reads and to every draft a channel submits.
 */
public final class Texts {

    private static final char REPLACEMENT = '\uFFFD';

    private Texts() {
    }

    public static String clean(String s) {
        if (s == null || isClean(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else if (control(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * A name to show or offer for download (a file name): {@link #clean} and, in addition, without the invisible
     * bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) that make {@code exe.pdf} of
     * {@code fdp.exe}, and without line breaks.
     */
    public static String displayName(String s) {
        if (s == null) {
            return null;
        }
        String cleaned = clean(s);
        StringBuilder out = new StringBuilder(cleaned.length());
        cleaned.codePoints().filter(cp -> !bidiControl(cp)).map(cp -> cp == '\n' || cp == '\r' || cp == '\t' ? ' ' : cp)
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** Whether {@link #clean} would leave the text as it is (the common case: no copy is made). */
    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || control(c)) {
                return false;
            }
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    private static boolean control(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean bidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }
}
