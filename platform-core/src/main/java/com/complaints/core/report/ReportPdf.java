package com.complaints.core.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The report as a PDF (A4) a manager can file or forward: the key figures with the comparison, the daily volume as a
 * line, SLA attainment and the distributions as bars. Text is laid out over a chain of embedded fonts
 * ({@link PdfText}): {@code complaints.reports.pdf-latin-font} (default Debian's DejaVu Sans: Latin with its
 * extensions, Greek, Cyrillic, symbols) and the required CJK font {@code complaints.reports.pdf-font} (default
 * Debian's fonts-droid-fallback), both installed by the scripts; Helvetica is the last resort.
 */
@Component
class ReportPdf {

    private static final float MARGIN = PdfPages.MARGIN;
    private static final float WIDTH = PdfPages.WIDTH;
    private static final Color BLUE = new Color(0x0b, 0x57, 0xd0);

    private final Path font;
    private final Path latinFont;

    ReportPdf(@Value("${complaints.reports.pdf-font:/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}") Path font,
              @Value("${complaints.reports.pdf-latin-font:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}") Path latinFont) {
        this.font = font;
        this.latinFont = latinFont;
    }

    boolean available() {
        return Files.isReadable(font);
    }

    byte[] render(EvaluationReport r, String tenantName) {
        try (PDDocument doc = new PDDocument()) {
            Writer w = new Writer(new PdfPages(doc, PdfPages.fonts(doc, font, latinFont)));
            w.text("投诉评估报告 Complaint evaluation report", 18);
            w.text(tenantName + "   " + r.from() + " ~ " + r.to() + "（" + r.timeZone() + "）", 11);
            w.gap(8);
            w.text("关键指标 Key figures            本期 / 上期 / 去年同期", 13);
            var c = r.current();
            var p = r.previous();
            var y = r.lastYear();
            w.row("投诉量 volume", c.volume(), p.volume(), y.volume());
            w.row("一次解决率 first-contact resolution", pct(c.firstContactResolutionRate()), pct(p.firstContactResolutionRate()),
                    pct(y.firstContactResolutionRate()));
            w.row("平均处理时长 handling (business h)", c.averageHandlingBusinessHours(), p.averageHandlingBusinessHours(),
                    y.averageHandlingBusinessHours());
            w.row("满意率 CSAT", pct(c.csat()), pct(p.csat()), pct(y.csat()));
            w.row("平均满意度 average score", c.averageSatisfaction(), p.averageSatisfaction(), y.averageSatisfaction());
            w.row("回访响应率 response rate", pct(c.responseRate()), pct(p.responseRate()), pct(y.responseRate()));
            w.row("重开率 reopen rate", pct(c.reopenRate()), pct(p.reopenRate()), pct(y.reopenRate()));
            w.row("改进措施 新增/完成/逾期 measures", r.measures().opened() + "/" + r.measures().done() + "/" + r.measures().overdue(), "", "");
            w.gap(10);
            w.text("每日投诉量 Daily volume", 13);
            w.line(List.copyOf(c.perDay().values()));
            w.gap(6);
            w.text("时限达成 SLA attainment (%)", 13);
            Map<String, Long> sla = new java.util.LinkedHashMap<>();
            c.sla().forEach((metric, s) -> sla.put(metric, s.attainment() == null ? 0 : Math.round(s.attainment() * 100)));
            w.bars(sla, 100);
            section(w, "类型分布 By category", ReportLabels.categories(c.byCategory()));
            section(w, "渠道分布 By channel", ReportLabels.channels(c.byChannel()));
            section(w, "部门分布 By department", c.byDepartment());
            section(w, "地区分布 By region", c.byRegion());
            section(w, "产品分布 By product", c.byProduct());
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF report could not be rendered", e);
        }
    }

    private static void section(Writer w, String title, Map<String, Long> counts) throws IOException {
        if (counts.isEmpty()) {
            return;
        }
        w.gap(6);
        w.text(title, 13);
        w.bars(counts, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
    }

    private static String pct(Double v) {
        return v == null ? "—" : String.format("%.1f%%", v * 100);
    }

    /** The report's lines, rows, bars and the daily line chart, on {@link PdfPages}. */
    private record Writer(PdfPages pages) {

        void gap(float h) {
            pages.gap(h);
        }

        void text(String s, float size) throws IOException {
            pages.text(s, size);
        }

        void row(String label, Object now, Object before, Object lastYear) throws IOException {
            pages.need(16);
            pages.gap(15);
            float y = pages.y();
            pages.write(MARGIN, y, label, 10, Color.BLACK);
            pages.write(MARGIN + 250, y, String.valueOf(now == null ? "—" : now), 10, Color.BLACK);
            pages.write(MARGIN + 340, y, String.valueOf(before == null ? "—" : before), 10, Color.DARK_GRAY);
            pages.write(MARGIN + 430, y, String.valueOf(lastYear == null ? "—" : lastYear), 10, Color.DARK_GRAY);
        }

        void bars(Map<String, Long> values, long max) throws IOException {
            for (var e : values.entrySet()) {
                pages.need(16);
                pages.gap(15);
                float y = pages.y();
                String label = e.getKey().codePointCount(0, e.getKey().length()) > 24
                        ? e.getKey().substring(0, e.getKey().offsetByCodePoints(0, 23)) + "…" : e.getKey();
                pages.write(MARGIN, y, label, 9, Color.BLACK);
                float w = max <= 0 ? 0 : 260f * e.getValue() / max;
                pages.out().setNonStrokingColor(BLUE);
                pages.out().addRect(MARGIN + 180, y - 1, Math.max(w, 0.5f), 10);
                pages.out().fill();
                pages.write(MARGIN + 186 + w, y, Long.toString(e.getValue()), 9, Color.BLACK);
            }
        }

        void line(List<Long> values) throws IOException {
            float height = 110;
            pages.need(height + 10);
            PDPageContentStream out = pages.out();
            float base = pages.y() - height;
            float chartWidth = WIDTH - 2 * MARGIN;
            out.setStrokingColor(Color.GRAY);
            out.moveTo(MARGIN, base);
            out.lineTo(MARGIN + chartWidth, base);
            out.stroke();
            long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
            pages.write(MARGIN, pages.y() - 8, Long.toString(max), 8, Color.DARK_GRAY);
            List<float[]> points = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                float x = MARGIN + 20 + (values.size() == 1 ? 0 : i * (chartWidth - 20) / (values.size() - 1));
                points.add(new float[] {x, base + (height - 15) * values.get(i) / max});
            }
            if (!points.isEmpty()) {
                out.setStrokingColor(new Color(0xd9, 0x30, 0x25));
                out.setLineWidth(1.5f);
                out.moveTo(points.getFirst()[0], points.getFirst()[1]);
                for (float[] pt : points) {
                    out.lineTo(pt[0], pt[1]);
                }
                out.stroke();
                out.setLineWidth(1);
            }
            pages.moveTo(base - 4);
        }

        void close() throws IOException {
            pages.close();
        }
    }
}
