package com.complaints.core.search;

import java.util.ArrayList;
import java.util.List;

/** Fragments of texts around the first occurrences of query parts, with the parts in {@code <em>}. */
final class Highlights {

    private static final int CONTEXT = 30;
    private static final int MAX_FRAGMENTS = 3;

    private Highlights() {
    }

    static List<String> fragments(List<String> texts, List<String> parts) {
        List<String> fragments = new ArrayList<>();
        for (String text : texts) {
            for (String part : parts) {
                int at = indexOfIgnoringCase(text, part);
                if (at >= 0 && fragments.size() < MAX_FRAGMENTS) {
                    int from = boundary(text, Math.max(0, at - CONTEXT));
                    int to = boundary(text, Math.min(text.length(), at + part.length() + CONTEXT));
                    fragments.add(escape(text.substring(from, at)) + "<em>" + escape(text.substring(at, at + part.length()))
                            + "</em>" + escape(text.substring(at + part.length(), to)));
                    break;
                }
            }
        }
        return fragments;
    }

    /**
     * Where {@code part} occurs in {@code text}, compared character by character without regard to case. Unlike
     * searching a lower-cased copy, the index is one of the original text even where case mapping changes a
     * string's length ("İ" lower-cases to two characters).
     */
    static int indexOfIgnoringCase(String text, String part) {
        if (part.isEmpty()) {
            return -1;
        }
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Moves an index off the middle of a surrogate pair. */
    private static int boundary(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1)) ? index - 1 : index;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
