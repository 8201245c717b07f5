package com.complaints.core.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays a string out over a chain of fonts: each character in the first font that has a glyph for it (Latin and its
 * extensions, Greek, Cyrillic and symbols in the first, CJK in the next, ...). Whatever a consumer typed renders:
 * control characters become spaces, unpaired surrogates and characters no font has become U+FFFD (or {@code ?}).
 */
final class PdfText {

    /** A stretch of text shown in one font. */
    record Run(PDFont font, String text) {
    }

    private static final int REPLACEMENT = 0xFFFD;

    private final List<PDFont> fonts;
    private final Map<Integer, PDFont> chosen = new HashMap<>();

    PdfText(List<PDFont> fonts) {
        if (fonts.isEmpty()) {
            throw new IllegalArgumentException("at least one font");
        }
        this.fonts = List.copyOf(fonts);
    }

    List<Run> runs(String s) {
        List<Run> runs = new ArrayList<>();
        PDFont current = null;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int shown = printable(cp);
            PDFont font = fontFor(shown);
            if (font == null) {
                shown = fontFor(REPLACEMENT) != null ? REPLACEMENT : '?';
                font = fontFor(shown);
            }
            if (font != current && !text.isEmpty()) {
                runs.add(new Run(current, text.toString()));
                text.setLength(0);
            }
            current = font;
            text.appendCodePoint(shown);
        }
        if (!text.isEmpty()) {
            runs.add(new Run(current, text.toString()));
        }
        return runs;
    }

    private static int printable(int cp) {
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return REPLACEMENT;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return ' ';
        }
        return cp;
    }

    private PDFont fontFor(int cp) {
        return chosen.computeIfAbsent(cp, c -> {
            String glyph = new String(Character.toChars(c));
            for (PDFont font : fonts) {
                if (encodes(font, glyph)) {
                    return font;
                }
            }
            return null;
        });
    }

    private static boolean encodes(PDFont font, String glyph) {
        try {
            return font.encode(glyph).length > 0;
        } catch (IllegalArgumentException | java.io.IOException e) {
            return false;
        }
    }
}
