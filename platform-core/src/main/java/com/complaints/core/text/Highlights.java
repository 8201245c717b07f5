package com.complaints.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Fragments of the original texts around what a query matched, the matched words in {@code <em>}: the texts are
 * analysed again and every occurrence of an alternative of the query (a word, a synonym, a phrase) is marked where it
 * stands in the text as written. Both adapters highlight this way.
 */
public final class Highlights {

    private static final int CONTEXT = 30;
    private static final int MAX_FRAGMENTS = 3;

    private Highlights() {
    }

    public static List<String> fragments(List<String> texts, TextAnalysis analysis, SearchQuery query) {
        List<String> fragments = new ArrayList<>();
        if (query.isEmpty()) {
            return fragments;
        }
        List<List<String>> alternatives = query.allAlternatives();
        for (String text : texts) {
            if (fragments.size() == MAX_FRAGMENTS) {
                break;
            }
            List<int[]> spans = spans(analysis.tokens(text), alternatives);
            if (!spans.isEmpty()) {
                fragments.add(fragment(text, spans));
            }
        }
        return fragments;
    }

    /** Where the alternatives occur, as [start, end) offsets of the text, in order and without overlaps. */
    static List<int[]> spans(List<Token> tokens, List<List<String>> alternatives) {
        boolean[] marked = new boolean[tokens.size()];
        for (List<String> alternative : alternatives) {
            for (int i = 0; i + alternative.size() <= tokens.size(); i++) {
                boolean all = true;
                for (int k = 0; k < alternative.size() && all; k++) {
                    all = tokens.get(i + k).term().equals(alternative.get(k));
                }
                if (all) {
                    for (int k = 0; k < alternative.size(); k++) {
                        marked[i + k] = true;
                    }
                }
            }
        }
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!marked[i]) {
                continue;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(i).end();
            while (i + 1 < tokens.size() && marked[i + 1] && (tokens.get(i + 1).joined() || tokens.get(i + 1).start() == end)) {
                end = tokens.get(++i).end();
            }
            spans.add(new int[] {start, end});
        }
        return spans;
    }

    private static String fragment(String text, List<int[]> spans) {
        int from = boundary(text, Math.max(0, spans.getFirst()[0] - CONTEXT));
        int to = boundary(text, Math.min(text.length(), spans.getFirst()[1] + CONTEXT));
        StringBuilder b = new StringBuilder();
        int at = from;
        for (int[] span : spans) {
            if (span[0] < at || span[1] > to) {
                continue;
            }
            b.append(escape(text.substring(at, span[0]))).append("<em>").append(escape(text.substring(span[0], span[1])))
                    .append("</em>");
            at = span[1];
        }
        return b.append(escape(text.substring(at, to))).toString();
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
