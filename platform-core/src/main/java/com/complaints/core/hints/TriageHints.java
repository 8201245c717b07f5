package com.complaints.core.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.complaints.core.routing.RuleEngine;

/**
 * Explainable triage hints from a complaint's text: each is a suggestion with the evidence that raised it. Pure
 * logic, no external service.
 *
 * <p>Emotion score (0–100): 15 per distinct negative word or phrase, 5 per exclamation mark (at most 20), 10 per
 * run of repeated ?/! (at most 20), 15 when at least a third of the English words of three or more letters are
 * in capitals (shouting). LOW below 30, MEDIUM below 60, HIGH from 60.
 */
final class TriageHints {

    private static final Pattern EXCLAMATION = Pattern.compile("[!！]");
    private static final Pattern REPEATED = Pattern.compile("[!！?？]{2,}");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");

    private TriageHints() {
    }

    public static Hints analyse(String text, HintLexicons lexicons) {
        String t = text == null ? "" : text;
        List<String> urgency = hits(t, lexicons.urgency());
        List<String> legal = hits(t, lexicons.legal());
        List<String> emotionWords = hits(t, lexicons.negativeEmotion());
        List<String> signals = new ArrayList<>();
        int score = 15 * emotionWords.size();
        int exclamations = count(EXCLAMATION.matcher(t));
        if (exclamations > 0) {
            score += Math.min(20, 5 * exclamations);
            signals.add(exclamations + " exclamation mark(s)");
        }
        int repeated = count(REPEATED.matcher(t));
        if (repeated > 0) {
            score += Math.min(20, 10 * repeated);
            signals.add(repeated + " run(s) of repeated ?/!");
        }
        Matcher words = LATIN_WORD.matcher(t);
        int latin = 0;
        int shouted = 0;
        while (words.find()) {
            latin++;
            if (words.group().equals(words.group().toUpperCase())) {
                shouted++;
            }
        }
        if (latin >= 3 && shouted * 3 >= latin) {
            score += 15;
            signals.add(shouted + " of " + latin + " words in capitals");
        }
        score = Math.min(100, score);
        String level = score < 30 ? "LOW" : score < 60 ? "MEDIUM" : "HIGH";
        return new Hints(new Hint(!urgency.isEmpty(), urgency), new Hint(!legal.isEmpty(), legal),
                new EmotionHint(score, level, emotionWords, signals));
    }

    private static List<String> hits(String text, List<String> lexicon) {
        return lexicon.stream().filter(p -> RuleEngine.containsPhrase(text, p)).distinct().toList();
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** @param urgent suggest URGENT; @param legal suggest the legal department */
    public record Hints(Hint urgent, Hint legal, EmotionHint emotion) {
    }

    public record Hint(boolean suggested, List<String> evidence) {
    }

    public record EmotionHint(int score, String level, List<String> words, List<String> signals) {
    }
}
