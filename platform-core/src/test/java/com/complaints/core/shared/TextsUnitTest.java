package com.complaints.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsUnitTest {

    @Test
    void nulAndControlsBecomeSpacesButLineBreaksAndTabsStay() {
        assertThat(Texts.clean("a\u0000b\u0007c\u009Fd")).isEqualTo("a b c d");
        assertThat(Texts.clean("line\nnext\r\n\tindented")).isEqualTo("line\nnext\r\n\tindented");
    }

    @Test
    void loneSurrogatesBecomeReplacementCharactersAndPairsStay() {
        assertThat(Texts.clean("x\uD800y")).isEqualTo("x\uFFFDy");
        assertThat(Texts.clean("x\uDC00")).isEqualTo("x\uFFFD");
        assertThat(Texts.clean("\uD83D\uDE00 ok")).isEqualTo("\uD83D\uDE00 ok");
    }

    @Test
    void textIsComposed() {
        assertThat(Texts.clean("Lo\u0301dz\u0301")).isEqualTo("Lódź");
        assertThat(Texts.clean("Czajnik Łódź 电热水壶")).isEqualTo("Czajnik Łódź 电热水壶");
        assertThat(Texts.clean(null)).isNull();
    }

    @Test
    void displayNamesLoseBidiControlsAndLineBreaks() {
        assertThat(Texts.displayName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(Texts.displayName("a\u2066b\u2069\n.pdf")).isEqualTo("ab .pdf");
        assertThat(Texts.displayName("报告\u200F.pdf")).isEqualTo("报告.pdf");
    }
}
