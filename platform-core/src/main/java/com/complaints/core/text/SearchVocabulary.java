package com.complaints.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's search vocabulary: its own words for the Chinese segmenter (product and brand names, kept whole) and its
 * synonym groups (any word of a group finds the others), applied to queries. A tenant that never edited it has the
 * platform's defaults.
 *
 * @param revision the tenant's revision (0: the defaults)
 * @param words    whole words for segmentation
 * @param synonyms groups of words or phrases that mean the same in complaints, Chinese and/or English
 */
public record SearchVocabulary(long revision, List<String> words, List<SynonymGroup> synonyms) {

    public static final int MAX_WORDS = 2000;
    public static final int MAX_GROUPS = 500;
    public static final int MAX_TERMS_PER_GROUP = 20;

    public SearchVocabulary {
        words = words == null ? List.of() : words.stream().map(w -> w == null ? "" : w).toList();
        synonyms = synonyms == null ? List.of()
                : synonyms.stream().map(g -> g == null ? new SynonymGroup(null, null) : g).toList();
    }

    /**
     * @param language {@code zh}, {@code en} or {@code mixed}: where the group is shown in the console
     * @param terms    the words or phrases of the group (two or more)
     */
    public record SynonymGroup(String language, List<String> terms) {

        public SynonymGroup {
            terms = terms == null ? List.of() : terms.stream().map(t -> t == null ? "" : t).toList();
        }
    }

    /** The platform's defaults ({@code search/default-vocabulary.txt}). */
    public static SearchVocabulary defaults() {
        try (InputStream in = SearchVocabulary.class.getResourceAsStream("/search/default-vocabulary.txt")) {
            if (in == null) {
                throw new IllegalStateException("search/default-vocabulary.txt is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the defaults' format: {@code word: X} lines for the dictionary, {@code zh|en|mixed: a, b, c} lines for
     * synonym groups, {@code #} comments.
     */
    static SearchVocabulary parse(String text) {
        List<String> words = new ArrayList<>();
        List<SynonymGroup> groups = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            String kind = l.substring(0, colon).strip();
            String rest = l.substring(colon + 1).strip();
            if (kind.equals("word")) {
                words.add(rest);
            } else {
                groups.add(new SynonymGroup(kind, List.of(rest.split("\\s*,\\s*"))));
            }
        }
        return new SearchVocabulary(0, words, groups);
    }
}
