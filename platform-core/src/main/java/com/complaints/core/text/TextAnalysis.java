package com.complaints.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one text analysis of search, shared by both adapters: the database adapter matches its terms in memory, the
 * Elasticsearch adapter indexes them (space-separated, into {@code whitespace}-analysed fields) and queries them —
 * so the two find the same cases, and the test node needs no analysis plugin.
 * <ul>
 * <li>Chinese runs are segmented into words ({@link ChineseWords}: the tenant's dictionary, then smartcn);</li>
 * <li>runs of letters and digits are split at connectors ("XK-20931") and at letter-digit boundaries ("MP3") and
 * each part normalised ({@link EnglishWords}: folding, British to American spelling, Porter 2 stemming);</li>
 * <li>queries: quoted text is a phrase; an identifier is a phrase of its parts; every other word is a clause of its
 * own, with its synonyms as alternatives; function words are left out unless quoted.</li>
 * </ul>
 * Immutable and thread-safe: one per tenant vocabulary revision.
 */
public final class TextAnalysis {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|“([^”]*)”|「([^」]*)」|『([^』]*)』");
    private static final String CONNECTORS = "-_/.+#&@";
    private static final int MAX_CLAUSES = 20;

    private final Set<String> words;
    private final int longestWord;
    private final List<List<List<String>>> groups = new ArrayList<>();
    private final Map<String, Integer> groupOf = new HashMap<>();
    private final int longestSynonym;

    public TextAnalysis(SearchVocabulary vocabulary) {
        Set<String> w = new HashSet<>();
        for (String word : vocabulary.words()) {
            String trimmed = word.strip();
            if (trimmed.codePointCount(0, trimmed.length()) >= 2 && trimmed.codePoints().allMatch(TextAnalysis::isCjk)) {
                w.add(trimmed);
            }
        }
        this.words = Set.copyOf(w);
        this.longestWord = words.stream().mapToInt(String::length).max().orElse(0);
        int longest = 0;
        for (SearchVocabulary.SynonymGroup group : vocabulary.synonyms()) {
            List<List<String>> sequences = new ArrayList<>();
            for (String term : group.terms()) {
                List<String> terms = terms(term);
                if (!terms.isEmpty() && !sequences.contains(terms)) {
                    sequences.add(terms);
                }
            }
            if (sequences.size() < 2) {
                continue;
            }
            int index = groups.size();
            groups.add(List.copyOf(sequences));
            for (List<String> sequence : sequences) {
                groupOf.putIfAbsent(String.join(" ", sequence), index);
                longest = Math.max(longest, sequence.size());
            }
        }
        this.longestSynonym = longest;
    }

    /** The tokens of a text, in order. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isCjk(cp)) {
                int j = i;
                while (j < n && isCjk(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
                for (ChineseWords.Word w : ChineseWords.segment(text.substring(i, j), words, longestWord)) {
                    tokens.add(new Token(w.text(), i + w.start(), i + w.end(), false, true));
                }
                i = j;
            } else if (isWordChar(cp)) {
                i = compound(text, i, tokens);
            } else {
                i += Character.charCount(cp);
            }
        }
        return tokens;
    }

    /** The index terms of a text, in order. */
    public List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    /** A word as written with width, case and accents folded (no stemming): how a term is shown. */
    public static String fold(String word) {
        return EnglishWords.fold(word);
    }

    /** Whether a folded word or a Chinese word is a function word ("the", "的"), left out of unquoted queries. */
    public static boolean isFunctionWord(String word) {
        return ChineseWords.STOP_WORDS.contains(word) || EnglishWords.isStopWord(word);
    }

    /** The index terms of a text without function words (the duplicate finder's and analytics' words). */
    public List<String> contentWords(String text) {
        return tokens(text).stream().map(Token::term)
                .filter(t -> !isFunctionWord(t)).toList();
    }

    /** The index terms of a text, space-separated: what the Elasticsearch adapter indexes. */
    public String indexed(String text) {
        return String.join(" ", terms(text));
    }

    /** Parses a query (null or blank: the empty query). */
    public SearchQuery query(String q) {
        if (q == null || q.isBlank()) {
            return SearchQuery.EMPTY;
        }
        List<SearchQuery.Clause> clauses = new ArrayList<>();
        List<String> proximity = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher m = QUOTED.matcher(q);
        int last = 0;
        while (m.find()) {
            rest.append(q, last, m.start()).append(' ');
            last = m.end();
            String inner = firstNonNull(m.group(1), m.group(2), m.group(3), m.group(4));
            List<String> phrase = terms(inner);
            if (!phrase.isEmpty()) {
                clauses.add(new SearchQuery.Clause(List.of(phrase), 1, null, true));
            }
        }
        rest.append(q.substring(last));
        List<SearchQuery.Clause> words = wordClauses(rest.toString(), true, proximity);
        if (words.isEmpty() && clauses.isEmpty()) {
            proximity.clear();
            words = wordClauses(rest.toString(), false, proximity);
        }
        clauses.addAll(words);
        return new SearchQuery(clauses.stream().limit(MAX_CLAUSES).toList(), words.size() >= 2 ? proximity : List.of());
    }

    private List<SearchQuery.Clause> wordClauses(String text, boolean dropStopWords, List<String> proximity) {
        List<Token> tokens = tokens(text);
        List<SearchQuery.Clause> clauses = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int unitEnd = unitEnd(tokens, i);
            int synonym = synonymAt(tokens, i);
            if (synonym > 0) {
                List<String> typed = tokens.subList(i, i + synonym).stream().map(Token::term).toList();
                Set<List<String>> alternatives = new LinkedHashSet<>();
                alternatives.add(typed);
                chineseCharacters(typed).ifPresent(alternatives::add);
                int typedForms = alternatives.size();
                // a synonym as the segmenter reads it alone (not also as characters in a row: each alternative costs
                // a query per field, and synonyms are many)
                alternatives.addAll(groups.get(groupOf.get(String.join(" ", typed))));
                clauses.add(new SearchQuery.Clause(List.copyOf(alternatives), typedForms, null, false));
                proximity.addAll(typed);
                i += synonym;
                continue;
            }
            Token first = tokens.get(i);
            if (!first.chinese()) {
                List<String> unit = tokens.subList(i, unitEnd).stream().map(Token::term).toList();
                String raw = text.substring(first.start(), tokens.get(unitEnd - 1).end());
                boolean stop = unit.size() == 1 && EnglishWords.isStopWord(EnglishWords.fold(raw));
                if (!(stop && dropStopWords)) {
                    clauses.add(new SearchQuery.Clause(List.of(unit), 1, raw.toUpperCase(Locale.ROOT), false));
                    proximity.addAll(unit);
                }
                i = unitEnd;
                continue;
            }
            // Chinese: single characters the segmenter left standing side by side are read as one word
            int j = i;
            StringBuilder word = new StringBuilder();
            while (j < tokens.size() && joinsChineseWord(tokens, i, j)) {
                word.append(tokens.get(j).term());
                j++;
            }
            String w = j > i ? word.toString() : first.term();
            int next = j > i ? j : i + 1;
            if (!(dropStopWords && ChineseWords.STOP_WORDS.contains(w))) {
                Set<List<String>> alternatives = new LinkedHashSet<>();
                alternatives.add(List.of(w));
                chineseCharacters(List.of(w)).ifPresent(alternatives::add);
                clauses.add(new SearchQuery.Clause(List.copyOf(alternatives), alternatives.size(), null, false));
                proximity.add(w);
            }
            i = next;
        }
        return clauses;
    }

    /** Whether token j, a single Chinese character, continues the word of single characters that starts at i. */
    private boolean joinsChineseWord(List<Token> tokens, int i, int j) {
        Token t = tokens.get(j);
        if (!t.chinese() || !isSingleCharacter(t.term()) || ChineseWords.STOP_WORDS.contains(t.term())) {
            return false;
        }
        return j == i || (t.start() == tokens.get(j - 1).end() && synonymAt(tokens, j) == 0);
    }

    /** The longest synonym entry that starts at token i and ends at the end of a unit (0: none). */
    private int synonymAt(List<Token> tokens, int i) {
        for (int len = Math.min(longestSynonym, tokens.size() - i); len >= 1; len--) {
            if (unitBoundary(tokens, i + len)) {
                StringBuilder key = new StringBuilder();
                for (int k = i; k < i + len; k++) {
                    key.append(k > i ? " " : "").append(tokens.get(k).term());
                }
                if (groupOf.containsKey(key.toString())) {
                    return len;
                }
            }
        }
        return 0;
    }

    private static boolean unitBoundary(List<Token> tokens, int index) {
        return index >= tokens.size() || !tokens.get(index).joined();
    }

    private static int unitEnd(List<Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).joined()) {
            j++;
        }
        return j;
    }

    /**
     * The other way of writing a Chinese word as index terms: a word of two or more characters also as its characters
     * in a row, and characters in a row also as the one word (the segmenter may cut a text either way).
     */
    private static Optional<List<String>> chineseCharacters(List<String> sequence) {
        if (sequence.stream().anyMatch(t -> !t.codePoints().allMatch(TextAnalysis::isCjk))) {
            return Optional.empty();
        }
        if (sequence.size() == 1) {
            String w = sequence.getFirst();
            return w.codePointCount(0, w.length()) < 2 ? Optional.empty()
                    : Optional.of(w.codePoints().mapToObj(Character::toString).toList());
        }
        return sequence.stream().allMatch(TextAnalysis::isSingleCharacter)
                ? Optional.of(List.of(String.join("", sequence))) : Optional.empty();
    }

    private static boolean isSingleCharacter(String term) {
        return term.codePointCount(0, term.length()) == 1;
    }

    /**
     * Reads a compound from {@code start}: parts of letters or digits joined by single connectors ("XK-20931",
     * "wi-fi", "v2.1"); each part is split again where letters meet digits. Returns the index after it.
     */
    private static int compound(String text, int start, List<Token> into) {
        int n = text.length();
        int i = start;
        boolean joined = false;
        while (true) {
            int partStart = i;
            while (i < n && (isWordChar(text.codePointAt(i)) || isInnerApostrophe(text, i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            joined = splitAtDigits(text, partStart, i, joined, into);
            if (i + 1 < n && CONNECTORS.indexOf(text.charAt(i)) >= 0 && isWordChar(text.codePointAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
    }

    private static boolean splitAtDigits(String text, int from, int to, boolean joined, List<Token> into) {
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            boolean digit = Character.isDigit(cp);
            int j = i;
            while (j < to) {
                int c = text.codePointAt(j);
                if ((Character.isDigit(c) != digit) && !isInnerApostrophe(text, j) && Character.getType(c) != Character.NON_SPACING_MARK) {
                    break;
                }
                j += Character.charCount(c);
            }
            String term = EnglishWords.term(text.substring(i, j));
            if (!term.isEmpty()) {
                into.add(new Token(term, i, j, joined, false));
                joined = true;
            }
            i = j;
        }
        return joined;
    }

    private static boolean isInnerApostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean isWordChar(int cp) {
        return !isCjk(cp) && (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK);
    }

    /** Whether a character is Chinese, Japanese or Korean (a run of them is segmented into words). */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return "";
    }
}
