package com.complaints.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlightsUnitTest {

    private final TextAnalysis analysis = new TextAnalysis(SearchVocabulary.defaults());

    private List<String> fragments(String text, String query) {
        return Highlights.fragments(List.of(text), analysis, analysis.query(query));
    }

    @Test
    void textWhoseLowerCaseIsLongerIsHighlightedAtTheRightPlace() {
        assertThat(fragments("İSTANBUL İADE kettle broken", "broken")).containsExactly("İSTANBUL İADE kettle <em>broken</em>");
        assertThat(fragments("İİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİ x", "x")).hasSize(1);
    }

    @Test
    void theWordsAsWrittenAreMarkedWithTheirStemsAndSynonyms() {
        assertThat(fragments("The KETTLE was returned", "kettle return")).containsExactly("The <em>KETTLE</em> was <em>returned</em>");
        assertThat(fragments("快递员把快件送错了地址", "快递")).containsExactly("<em>快递</em>员把<em>快件</em>送错了地址");
        assertThat(fragments("order XK-20931 arrived", "xk-20931")).containsExactly("order <em>XK-20931</em> arrived");
    }

    @Test
    void fragmentsNeverSplitASurrogatePair() {
        String text = "😀".repeat(20) + "broken" + "😀".repeat(20);
        String fragment = fragments(text, "broken").getFirst();
        assertThat(fragment.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp) && cp <= 0xFFFF)).isTrue();
    }
}
