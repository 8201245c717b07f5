package com.complaints.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A readable A4 document of headed paragraphs (a consumer's data export), written like the report PDF
 * ({@link PdfPages}): long lines wrap at the page's width, pages follow as needed.
 */
@Component
public class TextDocumentPdf {

    private static final float TEXT_WIDTH = PdfPages.WIDTH - 2 * PdfPages.MARGIN;

    /** One line of the document: a heading (larger) or a paragraph. */
    public record Line(String text, boolean heading) {

        public static Line heading(String text) {
            return new Line(text, true);
        }

        public static Line text(String text) {
            return new Line(text, false);
        }
    }

    private final Path font;
    private final Path latinFont;

    TextDocumentPdf(@Value("${complaints.reports.pdf-font:/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}") Path font,
                    @Value("${complaints.reports.pdf-latin-font:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}") Path latinFont) {
        this.font = font;
        this.latinFont = latinFont;
    }

    /** The document; 503 {@code pdf-unavailable} without the CJK font. */
    public byte[] render(List<Line> lines) {
        if (!Files.isReadable(font)) {
            throw new PdfUnavailableException();
        }
        try (PDDocument doc = new PDDocument()) {
            PdfPages pages = new PdfPages(doc, PdfPages.fonts(doc, font, latinFont));
            for (Line line : lines) {
                float size = line.heading() ? 13 : 10;
                if (line.heading()) {
                    pages.gap(6);
                }
                String text = line.text() == null ? "" : line.text();
                for (String paragraph : text.split("\n", -1)) {
                    for (String wrapped : wrap(pages.fonts(), paragraph, size)) {
                        pages.text(wrapped, size);
                    }
                }
            }
            pages.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF document could not be rendered", e);
        }
    }

    private static List<String> wrap(PdfText fonts, String paragraph, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        float width = 0;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = widthOf(fonts, ch, size);
            if (width + w > TEXT_WIDTH && !current.isEmpty()) {
                // a Latin word moves to the next line whole; CJK text breaks between any two characters
                int space = Character.isLetterOrDigit(cp) && cp < 0x2E80 ? current.lastIndexOf(" ") : -1;
                String carried = space > 0 ? current.substring(space + 1) : "";
                lines.add(space > 0 ? current.substring(0, space) : current.toString());
                current.setLength(0);
                current.append(carried);
                width = widthOf(fonts, carried, size);
            }
            current.append(ch);
            width += w;
            i += Character.charCount(cp);
        }
        lines.add(current.toString());
        return lines;
    }

    private static float widthOf(PdfText fonts, String text, float size) throws IOException {
        float width = 0;
        for (PdfText.Run run : fonts.runs(text)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }
}
