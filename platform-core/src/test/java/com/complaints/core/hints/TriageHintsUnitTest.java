package com.complaints.core.hints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TriageHintsUnitTest {

    private final HintLexicons lexicons = HintLexicons.defaults();

    @Test
    void safetyWordsRaiseTheUrgentHintWithEvidence() {
        var hints = TriageHints.analyse("电热水壶使用时突然冒烟起火，孩子的手被烫伤了", lexicons);
        assertThat(hints.urgent().suggested()).isTrue();
        assertThat(hints.urgent().evidence()).contains("起火", "冒烟", "烫伤", "孩子");
        assertThat(hints.legal().suggested()).isFalse();
    }

    @Test
    void legalThreatsSuggestTheLegalDepartment() {
        var zh = TriageHints.analyse("假一赔三是你们承诺的，不赔偿我就去12315投诉并请律师起诉", lexicons);
        assertThat(zh.legal().evidence()).contains("假一赔三", "12315", "律师", "起诉");
        var en = TriageHints.analyse("My attorney says I can sue for treble damages.", lexicons);
        assertThat(en.legal().evidence()).contains("attorney", "sue", "treble damages");
    }

    @Test
    void englishMatchesWholeWordsOnly() {
        var hints = TriageHints.analyse("This is an issue with the courtesy of your staff and the firework display.", lexicons);
        assertThat(hints.legal().suggested()).isFalse();
        assertThat(hints.urgent().suggested()).isFalse();
    }

    @Test
    void emotionScoreExplainsItself() {
        var calm = TriageHints.analyse("快递比预计晚到了一天，请核实一下原因。", lexicons);
        assertThat(calm.emotion().score()).isZero();
        assertThat(calm.emotion().level()).isEqualTo("LOW");
        var angry = TriageHints.analyse("太过分了！！！你们就是骗子，我非常愤怒！！", lexicons);
        assertThat(angry.emotion().words()).contains("太过分", "骗子", "愤怒");
        assertThat(angry.emotion().level()).isEqualTo("HIGH");
        assertThat(angry.emotion().signals()).isNotEmpty();
        var shouting = TriageHints.analyse("THIS IS THE WORST SERVICE EVER", lexicons);
        assertThat(shouting.emotion().signals()).anyMatch(s -> s.contains("capitals"));
        assertThat(shouting.emotion().words()).contains("worst");
    }

    @Test
    void noHintsForAnOrdinaryComplaint() {
        var hints = TriageHints.analyse("The package arrived one day late. Please check the delivery schedule.", lexicons);
        assertThat(hints.urgent().suggested()).isFalse();
        assertThat(hints.legal().suggested()).isFalse();
        assertThat(hints.emotion().score()).isZero();
    }
}
