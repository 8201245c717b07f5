package com.complaints.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Fragments of texts around the first occurrences of query parts, with the parts in {@code <em>}. */
final class Highlights {

    private static final int CONTEXT = 30;
    private static final int MAX_FRAGMENTS = 3;

    private Highlights() {
    }

    static List<String> fragments(List<String> texts, List<String> parts) {
        List<String> fragments = new ArrayList<>();
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String part : parts) {
                int at = lower.indexOf(part.toLowerCase(Locale.ROOT));
                if (at >= 0 && fragments.size() < MAX_FRAGMENTS) {
                    int from = Math.max(0, at - CONTEXT);
                    int to = Math.min(text.length(), at + part.length() + CONTEXT);
                    fragments.add(escape(text.substring(from, at)) + "<em>" + escape(text.substring(at, at + part.length()))
                            + "</em>" + escape(text.substring(at + part.length(), to)));
                    break;
                }
            }
        }
        return fragments;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
