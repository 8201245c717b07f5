package com.complaints.core.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Word segmentation of a run of Chinese characters: the tenant's own words (product and brand names) are taken
 * first, longest match from the left; what lies between them is segmented by Lucene's smartcn (a hidden Markov
 * model over a word dictionary and bigram statistics of simplified Chinese).
 */
final class ChineseWords {

    /** Single-character function words a query leaves out unless they are quoted. Negations (不, 没) are kept. */
    static final Set<String> STOP_WORDS = Set.of("的", "了", "是", "在", "我", "你", "他", "她", "它", "们", "这", "那",
            "和", "与", "及", "也", "就", "都", "还", "又", "很", "而", "并", "但", "把", "被", "让", "给", "对", "于", "从",
            "到", "吗", "呢", "吧", "啊", "哦", "呀", "个", "些", "么", "之", "其", "得", "地", "着", "过", "我们", "你们",
            "他们", "一直", "已经", "一个", "因为", "所以", "但是", "而且", "如果", "然后", "就是", "还是", "可以");

    private ChineseWords() {
    }

    /** A word and its offsets within the run. */
    record Word(String text, int start, int end) {
    }

    static List<Word> segment(String run, Set<String> dictionary, int longestEntry) {
        List<Word> words = new ArrayList<>();
        if (dictionary.isEmpty()) {
            smartcn(run, 0, words);
            return words;
        }
        int gapStart = 0;
        int i = 0;
        while (i < run.length()) {
            int match = 0;
            for (int len = Math.min(longestEntry, run.length() - i); len >= 2; len--) {
                if (dictionary.contains(run.substring(i, i + len))) {
                    match = len;
                    break;
                }
            }
            if (match == 0) {
                i += Character.charCount(run.codePointAt(i));
                continue;
            }
            if (gapStart < i) {
                smartcn(run.substring(gapStart, i), gapStart, words);
            }
            words.add(new Word(run.substring(i, i + match), i, i + match));
            i += match;
            gapStart = i;
        }
        if (gapStart < run.length()) {
            smartcn(run.substring(gapStart), gapStart, words);
        }
        return words;
    }

    private static void smartcn(String text, int offset, List<Word> into) {
        try (Tokenizer tokenizer = new HMMChineseTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String word = text.substring(offsets.startOffset(), offsets.endOffset());
                if (!word.isEmpty() && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    into.add(new Word(word, offset + offsets.startOffset(), offset + offsets.endOffset()));
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
