package com.complaints.core.report;

import java.awt.Color;
import java.io.IOException;
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

/**
 * An A4 document written top to bottom over a font chain ({@link PdfText}), a new page started when the current one is
 * full: what the report PDF and the consumer's data export share.
 */
final class PdfPages {

    static final float MARGIN = 48;
    static final float WIDTH = PDRectangle.A4.getWidth();

    private final PDDocument doc;
    private final PdfText fonts;
    private PDPageContentStream out;
    private float y;

    PdfPages(PDDocument doc, PdfText fonts) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        newPage();
    }

    /** The chain both documents use: the Latin font if installed, the CJK font, Helvetica as the last resort. */
    static PdfText fonts(PDDocument doc, Path cjkFont, Path latinFont) throws IOException {
        List<PDFont> chain = new ArrayList<>();
        if (Files.isReadable(latinFont)) {
            chain.add(PDType0Font.load(doc, latinFont.toFile()));
        }
        chain.add(PDType0Font.load(doc, cjkFont.toFile()));
        chain.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        return new PdfText(chain);
    }

    PdfText fonts() {
        return fonts;
    }

    /** The current page's content, for drawing. */
    PDPageContentStream out() {
        return out;
    }

    /** How far down the current page the writing is (from the bottom edge). */
    float y() {
        return y;
    }

    void moveTo(float y) {
        this.y = y;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    void gap(float h) {
        y -= h;
    }

    /** One line of text at the margin. */
    void text(String s, float size) throws IOException {
        need(size + 6);
        y -= size + 4;
        write(MARGIN, y, s, size, Color.BLACK);
    }

    /** Text at a place, over the font chain: every character in the first font that has it. */
    void write(float x, float at, String s, float size, Color color) throws IOException {
        out.beginText();
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, at);
        for (PdfText.Run run : fonts.runs(s)) {
            out.setFont(run.font(), size);
            out.showText(run.text());
        }
        out.endText();
    }

    void close() throws IOException {
        out.close();
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
}
