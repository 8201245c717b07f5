package com.complaints.core.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Evaluates routing rules in order, first match wins, no match → the default department. Pure logic.
 *
 * <p>Keywords: a phrase with any Chinese (CJK) character matches as a substring; other phrases match whole words,
 * case-insensitively ("sue" matches "I will sue" but not "issue"; "12315" matches "去12315投诉").
 */
public final class RuleEngine {

    /** A letter or digit of a spaced script: Chinese characters next to "12315" or "sue" are no part of the word. */
    private static final String WORD_CHAR = "[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]]";

    private RuleEngine() {
    }

    public static RoutingDecision route(List<RoutingRule> rules, RoutingSample sample, UUID defaultDepartment) {
        List<RoutingDecision.RuleTrace> trace = new ArrayList<>();
        for (RoutingRule rule : rules) {
            if (!rule.enabled()) {
                trace.add(new RoutingDecision.RuleTrace(rule.id(), rule.name(), false, false, List.of()));
                continue;
            }
            List<RoutingDecision.ConditionTrace> conditions = rule.conditions().stream()
                    .map(c -> evaluate(c, sample)).toList();
            boolean matched = !conditions.isEmpty() && (rule.match() == RoutingRule.Match.ALL
                    ? conditions.stream().allMatch(RoutingDecision.ConditionTrace::matched)
                    : conditions.stream().anyMatch(RoutingDecision.ConditionTrace::matched));
            trace.add(new RoutingDecision.RuleTrace(rule.id(), rule.name(), true, matched, conditions));
            if (matched) {
                return new RoutingDecision(rule.id(), rule.name(), rule.targetDepartmentId(), rule.targetUserId(),
                        rule.priority(), false, trace);
            }
        }
        return new RoutingDecision(null, null, defaultDepartment, null, null, true, trace);
    }

    static RoutingDecision.ConditionTrace evaluate(RoutingRule.Condition condition, RoutingSample s) {
        List<String> evidence = new ArrayList<>();
        for (String value : condition.values()) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String v = value.strip();
            boolean hit = switch (condition.field()) {
                case CATEGORY -> v.equalsIgnoreCase(nullToEmpty(s.category()));
                case SUBJECT_TYPE -> v.equalsIgnoreCase(nullToEmpty(s.subjectType()));
                case CHANNEL -> v.equalsIgnoreCase(nullToEmpty(s.channel()));
                case URGENCY -> v.equalsIgnoreCase(nullToEmpty(s.urgency()));
                case REGION -> s.regionCode() != null && s.regionCode().toUpperCase(Locale.ROOT).startsWith(v.toUpperCase(Locale.ROOT));
                case PRODUCT -> lower(s.subjectName()).contains(lower(v)) || v.equalsIgnoreCase(nullToEmpty(s.subjectReference()));
                case KEYWORDS -> containsPhrase(s.description(), v);
            };
            if (hit) {
                evidence.add(v);
            }
        }
        return new RoutingDecision.ConditionTrace(condition.field(), !evidence.isEmpty(), evidence);
    }

    /** Chinese phrases as substrings, others as whole words, case-insensitive. */
    public static boolean containsPhrase(String text, String phrase) {
        if (text == null || phrase == null || phrase.isBlank()) {
            return false;
        }
        String p = phrase.strip();
        if (p.codePoints().anyMatch(RuleEngine::isCjk)) {
            return text.contains(p);
        }
        Pattern whole = Pattern.compile("(?<!" + WORD_CHAR + ")" + Pattern.quote(p) + "(?!" + WORD_CHAR + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return whole.matcher(text).find();
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
