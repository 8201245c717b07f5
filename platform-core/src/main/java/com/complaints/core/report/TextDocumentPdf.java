package com.complaints.core.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A readable A4 document of headed paragraphs (a consumer's data export), over the same font chain as the report
 * PDF ({@link PdfText}): long lines wrap at the page's width, pages follow as needed.
 */
@Component
public class TextDocumentPdf {

    private static final float MARGIN = 48;
    private static final float TEXT_WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

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
            List<PDFont> chain = new ArrayList<>();
            if (Files.isReadable(latinFont)) {
                chain.add(PDType0Font.load(doc, latinFont.toFile()));
            }
            chain.add(PDType0Font.load(doc, font.toFile()));
            chain.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PdfText fonts = new PdfText(chain);
            Pages pages = new Pages(doc, fonts);
            for (Line line : lines) {
                float size = line.heading() ? 13 : 10;
                if (line.heading()) {
                    pages.gap(6);
                }
                String text = line.text() == null ? "" : line.text();
                for (String paragraph : text.split("\n", -1)) {
                    for (String wrapped : wrap(fonts, paragraph, size)) {
                        pages.write(wrapped, size);
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
            float w = 0;
            for (PdfText.Run run : fonts.runs(ch)) {
                w += run.font().getStringWidth(run.text()) / 1000 * size;
            }
            if (width + w > TEXT_WIDTH && !current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
                width = 0;
            }
            current.append(ch);
            width += w;
            i += Character.charCount(cp);
        }
        lines.add(current.toString());
        return lines;
    }

    /** Writes lines top to bottom, starting a new page when the current one is full. */
    private static final class Pages {
        private final PDDocument doc;
        private final PdfText fonts;
        private PDPageContentStream out;
        private float y;

        Pages(PDDocument doc, PdfText fonts) throws IOException {
            this.doc = doc;
            this.fonts = fonts;
            newPage();
        }

        private void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap(float h) {
            y -= h;
        }

        void write(String s, float size) throws IOException {
            if (y - size - 4 < MARGIN) {
                newPage();
            }
            y -= size + 4;
            out.beginText();
            out.setNonStrokingColor(Color.BLACK);
            out.newLineAtOffset(MARGIN, y);
            for (PdfText.Run run : fonts.runs(s)) {
                out.setFont(run.font(), size);
                out.showText(run.text());
            }
            out.endText();
        }

        void close() throws IOException {
            out.close();
        }
    }
}
