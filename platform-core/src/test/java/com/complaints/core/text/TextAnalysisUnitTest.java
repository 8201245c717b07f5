package com.complaints.core.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalysisUnitTest {

    private final TextAnalysis analysis = new TextAnalysis(SearchVocabulary.defaults());

    @Test
    void chineseIsSegmentedIntoWords() {
        assertThat(analysis.terms("洗衣机脱水时噪音很大")).containsSubsequence("洗衣机", "脱水", "噪音");
        assertThat(analysis.terms("我的手提包在机场丢了")).contains("手提包", "机场").doesNotContain("手机");
    }

    @Test
    void englishIsFoldedAndStemmed() {
        assertThat(analysis.terms("Returned RETURNING returns")).containsOnly("return");
        assertThat(analysis.terms("charges charged")).containsOnly(analysis.terms("charge").getFirst());
        assertThat(analysis.terms("colour")).isEqualTo(analysis.terms("color"));
        assertThat(analysis.terms("Café")).isEqualTo(analysis.terms("cafe"));
        assertThat(analysis.terms("cancelled")).isEqualTo(analysis.terms("canceled"));
        assertThat(analysis.terms("start cart")).doesNotContain("art");
    }

    @Test
    void identifiersAreSplitIntoJoinedParts() {
        List<Token> tokens = analysis.tokens("order XK-20931, MP3");
        assertThat(tokens).extracting(Token::term).containsExactly("order", "xk", "20931", "mp", "3");
        assertThat(tokens).extracting(Token::joined).containsExactly(false, false, true, false, true);
    }

    @Test
    void aChineseQueryRequiresEachWordAndReadsLoneCharactersTogether() {
        SearchQuery q = analysis.query("洗衣机噪音");
        assertThat(q.clauses()).hasSize(2);
        assertThat(q.clauses().get(0).alternatives()).contains(List.of("洗衣机"));
        assertThat(q.clauses().get(1).alternatives()).contains(List.of("噪音"), List.of("噪", "音"), List.of("噪声"), List.of("异", "响")).doesNotContain(List.of("噪", "声"));
        SearchQuery fee = analysis.query("自动扣款");
        assertThat(fee.clauses()).hasSize(2);
    }

    @Test
    void quotesMakePhrasesAndIdentifiersArePhrasesOfTheirParts() {
        SearchQuery q = analysis.query("\"wrong size\" XK-20931");
        assertThat(q.clauses()).hasSize(2);
        assertThat(q.clauses().get(0).alternatives()).containsExactly(List.of("wrong", "size"));
        assertThat(q.clauses().get(1).alternatives()).containsExactly(List.of("xk", "20931"));
        assertThat(q.clauses().get(1).caseNumber()).isEqualTo("XK-20931");
    }

    @Test
    void synonymsAreAlternativesAndStopWordsAreLeftOut() {
        SearchQuery q = analysis.query("the refund");
        assertThat(q.clauses()).hasSize(1);
        assertThat(q.clauses().getFirst().alternatives()).contains(List.of("refund"), List.of("money", "back"));
        assertThat(analysis.query("快递").clauses().getFirst().alternatives()).contains(List.of("物流"), List.of("快件"));
        assertThat(analysis.query("the").clauses()).hasSize(1);
    }

    @Test
    void theTenantsWordsAreKeptWhole() {
        TextAnalysis own = new TextAnalysis(new SearchVocabulary(1, List.of("云鲸"), List.of()));
        assertThat(own.terms("云鲸扫地机拖不干净")).contains("云鲸");
    }
}
