package com.complaints.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlightsUnitTest {

    @Test
    void textWhoseLowerCaseIsLongerIsHighlightedAtTheRightPlace() {
        assertThat(Highlights.fragments(List.of("İSTANBUL İADE kettle broken"), List.of("broken")))
                .containsExactly("İSTANBUL İADE kettle <em>broken</em>");
        assertThat(Highlights.fragments(List.of("İİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİ x"), List.of("x"))).hasSize(1);
    }

    @Test
    void matchingIgnoresCaseAndKeepsTheOriginalText() {
        assertThat(Highlights.fragments(List.of("The KETTLE leaks"), List.of("kettle")))
                .containsExactly("The <em>KETTLE</em> leaks");
        assertThat(Highlights.indexOfIgnoringCase("abc", "")).isEqualTo(-1);
    }

    @Test
    void fragmentsNeverSplitASurrogatePair() {
        String text = "😀".repeat(20) + "broken" + "😀".repeat(20);
        String fragment = Highlights.fragments(List.of(text), List.of("broken")).getFirst();
        assertThat(fragment.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp) && cp <= 0xFFFF)).isTrue();
    }
}
