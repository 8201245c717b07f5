package com.complaints.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Needs Debian's fonts-dejavu-core and fonts-droid-fallback (deploy/local/fonts.sh installs them). */
class PdfTextUnitTest {

    private static final File LATIN = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final File CJK = new File("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    @Test
    void everyCharacterAConsumerCanTypeIsEncodableInTheFontOfItsRun() throws Exception {
        assertThat(LATIN).as("install fonts-dejavu-core (deploy/local/fonts.sh)").exists();
        assertThat(CJK).as("install fonts-droid-fallback (deploy/local/fonts.sh)").exists();
        try (PDDocument doc = new PDDocument()) {
            PDFont latin = PDType0Font.load(doc, LATIN);
            PDFont cjk = PDType0Font.load(doc, CJK);
            PdfText text = new PdfText(List.of(latin, cjk, new PDType1Font(Standard14Fonts.FontName.HELVETICA)));
            String typed = "Czajnik Łódź Ā\tNUL\u0000 😀 \uD800 İSTANBUL 电热水壶 ™ ₹ \u202Eabc";
            List<PdfText.Run> runs = text.runs(typed);
            for (PdfText.Run run : runs) {
                assertThat(run.font().encode(run.text())).isNotEmpty();
            }
            String shown = runs.stream().map(PdfText.Run::text).reduce("", String::concat);
            assertThat(shown).contains("Czajnik Łódź Ā", "电热水壶", "İSTANBUL").doesNotContain("\u0000", "\t", "\uD800");
            assertThat(runs.stream().filter(r -> r.text().contains("电")).findFirst().orElseThrow().font()).isSameAs(cjk);
            assertThat(runs.getFirst().font()).isSameAs(latin);
        }
    }
}
