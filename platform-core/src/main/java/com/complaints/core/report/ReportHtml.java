package com.complaints.core.report;

import java.util.List;
import java.util.Map;

import com.complaints.core.shared.Resources;

/**
 * The report as a page a manager reads (and prints): key figures with the comparison, a trend line of the daily
 * volume, distribution bars and SLA attainment bars — inline SVG, no script, printable.
 */
final class ReportHtml {

    private ReportHtml() {
    }

    static String render(EvaluationReport r, String tenantName) {
        var c = r.current();
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>投诉评估报告 ").append(Resources.escapeHtml(r.period()))
                .append("</title><style>body{font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",system-ui,sans-serif;")
                .append("max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:right}td:first-child,th:first-child{text-align:left}")
                .append("h2{margin-top:2rem;border-bottom:2px solid #0b57d0}@media print{h2{page-break-after:avoid}}</style></head><body>")
                .append("<h1>投诉评估报告 Complaint evaluation report — ").append(Resources.escapeHtml(tenantName)).append("</h1><p>")
                .append(r.from()).append(" ~ ").append(r.to()).append("（").append(Resources.escapeHtml(r.timeZone())).append("）</p>");
        h.append("<h2>关键指标 Key figures</h2><table><tr><th>指标 figure</th><th>本期 this period</th><th>上期 previous</th><th>去年同期 last year</th></tr>");
        keyRow(h, "投诉量 volume", c.volume(), r.previous().volume(), r.lastYear().volume());
        keyRow(h, "一次解决率 first-contact resolution", pct(c.firstContactResolutionRate()), pct(r.previous().firstContactResolutionRate()),
                pct(r.lastYear().firstContactResolutionRate()));
        keyRow(h, "平均处理时长 handling (business hours)", c.averageHandlingBusinessHours(), r.previous().averageHandlingBusinessHours(),
                r.lastYear().averageHandlingBusinessHours());
        keyRow(h, "满意率 CSAT", pct(c.csat()), pct(r.previous().csat()), pct(r.lastYear().csat()));
        keyRow(h, "平均满意度 average score", c.averageSatisfaction(), r.previous().averageSatisfaction(), r.lastYear().averageSatisfaction());
        keyRow(h, "回访响应率 response rate", pct(c.responseRate()), pct(r.previous().responseRate()), pct(r.lastYear().responseRate()));
        keyRow(h, "重开率 reopen rate", pct(c.reopenRate()), pct(r.previous().reopenRate()), pct(r.lastYear().reopenRate()));
        keyRow(h, "改进措施 新增/完成/逾期 measures opened/done/overdue",
                r.measures().opened() + " / " + r.measures().done() + " / " + r.measures().overdue(), "", "");
        h.append("</table>");
        h.append("<h2>每日投诉量 Daily volume</h2>").append(trend(c.perDay()));
        h.append("<h2>时限达成 SLA attainment</h2>");
        Map<String, Long> attainment = new java.util.LinkedHashMap<>();
        c.sla().forEach((metric, s) -> attainment.put(metric + (s.attainment() == null ? " (—)" : " " + pct(s.attainment())),
                s.attainment() == null ? 0 : Math.round(s.attainment() * 100)));
        h.append(bars(attainment, 100));
        section(h, "类型分布 By category", ReportLabels.categories(c.byCategory()));
        section(h, "渠道分布 By channel", ReportLabels.channels(c.byChannel()));
        section(h, "部门分布 By department", c.byDepartment());
        section(h, "地区分布 By region", c.byRegion());
        section(h, "产品分布 By product", c.byProduct());
        return h.append("</body></html>").toString();
    }

    private static void section(StringBuilder h, String title, Map<String, Long> counts) {
        h.append("<h2>").append(Resources.escapeHtml(title)).append("</h2>");
        h.append(counts.isEmpty() ? "<p>—</p>" : bars(counts, counts.values().stream().mapToLong(Long::longValue).max().orElse(1)));
    }

    /** Horizontal bars, one per entry, scaled to {@code max}. */
    static String bars(Map<String, Long> values, long max) {
        int rowHeight = 24;
        int height = values.size() * rowHeight + 10;
        StringBuilder s = new StringBuilder("<svg role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"")
                .append(height).append("\" viewBox=\"0 0 760 ").append(height).append("\">");
        int y = 5;
        for (var e : values.entrySet()) {
            long width = max <= 0 ? 0 : Math.round(440.0 * e.getValue() / max);
            s.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\">").append(Resources.escapeHtml(truncate(e.getKey())))
                    .append("</text><rect x=\"250\" y=\"").append(y + 3).append("\" width=\"").append(width)
                    .append("\" height=\"16\" fill=\"#0b57d0\"/><text x=\"").append(256 + width).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"12\">").append(e.getValue()).append("</text>");
            y += rowHeight;
        }
        return s.append("</svg>").toString();
    }

    /** A line of the daily counts. */
    static String trend(Map<String, Long> perDay) {
        List<Long> values = List.copyOf(perDay.values());
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        int width = 760;
        int height = 200;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = 40 + (values.size() == 1 ? 0 : i * (width - 60.0) / (values.size() - 1));
            double y = height - 30 - (height - 50.0) * values.get(i) / max;
            points.append(String.format("%.1f,%.1f ", x, y));
        }
        List<String> days = List.copyOf(perDay.keySet());
        return "<svg role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\"><line x1=\"40\" y1=\"" + (height - 30) + "\" x2=\"" + (width - 20)
                + "\" y2=\"" + (height - 30) + "\" stroke=\"#888\"/><text x=\"0\" y=\"25\" font-size=\"12\">" + max + "</text>"
                + "<polyline fill=\"none\" stroke=\"#d93025\" stroke-width=\"2\" points=\"" + points.toString().strip() + "\"/>"
                + (days.isEmpty() ? "" : "<text x=\"40\" y=\"" + (height - 10) + "\" font-size=\"12\">" + days.getFirst() + "</text><text x=\""
                + (width - 110) + "\" y=\"" + (height - 10) + "\" font-size=\"12\">" + days.getLast() + "</text>") + "</svg>";
    }

    private static void keyRow(StringBuilder h, String label, Object now, Object before, Object lastYear) {
        h.append("<tr><td>").append(Resources.escapeHtml(label)).append("</td><td>").append(cell(now)).append("</td><td>").append(cell(before))
                .append("</td><td>").append(cell(lastYear)).append("</td></tr>");
    }

    private static String cell(Object v) {
        return v == null ? "—" : Resources.escapeHtml(v.toString());
    }

    private static String pct(Double v) {
        return v == null ? null : String.format("%.1f%%", v * 100);
    }

    private static String truncate(String s) {
        return s.length() > 30 ? s.substring(0, 29) + "…" : s;
    }
}
