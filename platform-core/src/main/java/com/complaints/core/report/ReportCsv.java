package com.complaints.core.report;

import java.util.Map;

/**
 * The report as CSV: UTF-8 with a byte-order mark (spreadsheet programs then read Chinese correctly), one row per
 * figure with this period, the previous one and the same period last year.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static String render(EvaluationReport r) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, "指标 figure", "本期 " + r.from() + "~" + r.to(), "上期 previous", "去年同期 last year");
        var c = r.current();
        var p = r.previous();
        var y = r.lastYear();
        row(csv, "投诉量 volume", c.volume(), p.volume(), y.volume());
        row(csv, "一次解决率 first-contact resolution", c.firstContactResolutionRate(), p.firstContactResolutionRate(), y.firstContactResolutionRate());
        row(csv, "平均处理时长(工作小时) handling business hours", c.averageHandlingBusinessHours(), p.averageHandlingBusinessHours(),
                y.averageHandlingBusinessHours());
        row(csv, "满意率 CSAT", c.csat(), p.csat(), y.csat());
        row(csv, "平均满意度 average satisfaction", c.averageSatisfaction(), p.averageSatisfaction(), y.averageSatisfaction());
        row(csv, "回访响应率 response rate", c.responseRate(), p.responseRate(), y.responseRate());
        row(csv, "重开率 reopen rate", c.reopenRate(), p.reopenRate(), y.reopenRate());
        c.sla().forEach((metric, s) -> {
            row(csv, "时限达成 " + metric + " attainment", s.attainment(), p.sla().get(metric).attainment(), y.sla().get(metric).attainment());
            row(csv, "按时 " + metric + " on time", s.onTime(), p.sla().get(metric).onTime(), y.sla().get(metric).onTime());
            row(csv, "超时完成 " + metric + " late", s.late(), p.sla().get(metric).late(), y.sla().get(metric).late());
            row(csv, "超时未完成 " + metric + " overdue", s.overdue(), p.sla().get(metric).overdue(), y.sla().get(metric).overdue());
        });
        breakdown(csv, "类型 category", ReportLabels.categories(c.byCategory()), ReportLabels.categories(p.byCategory()),
                ReportLabels.categories(y.byCategory()));
        breakdown(csv, "渠道 channel", ReportLabels.channels(c.byChannel()), ReportLabels.channels(p.byChannel()),
                ReportLabels.channels(y.byChannel()));
        breakdown(csv, "部门 department", c.byDepartment(), p.byDepartment(), y.byDepartment());
        breakdown(csv, "地区 region", c.byRegion(), p.byRegion(), y.byRegion());
        breakdown(csv, "产品 product", c.byProduct(), p.byProduct(), y.byProduct());
        row(csv, "改进措施新增 measures opened", r.measures().opened(), "", "");
        row(csv, "改进措施完成 measures done", r.measures().done(), "", "");
        row(csv, "改进措施逾期 measures overdue", r.measures().overdue(), "", "");
        return csv.toString();
    }

    private static void breakdown(StringBuilder csv, String label, Map<String, Long> now, Map<String, Long> before,
                                  Map<String, Long> lastYear) {
        now.forEach((k, v) -> row(csv, label + ": " + k, v, before.getOrDefault(k, 0L), lastYear.getOrDefault(k, 0L)));
    }

    private static void row(StringBuilder csv, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i].toString();
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
                cell = "\"" + cell.replace("\"", "\"\"") + "\"";
            }
            csv.append(cell);
        }
        csv.append("\r\n");
    }
}
