package com.complaints.plugins.onsite;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.complaints.plugin.api.Submission;

/** The printable receipt handed to a walk-in consumer: bilingual, fits an A5 or a receipt printer. */
final class Receipt {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Receipt() {
    }

    static String html(Submission s, String location, String staffId, ZoneId zone, String trackingUrl, String footer) {
        StringBuilder h = new StringBuilder(2048);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>投诉受理回执 Complaint receipt</title>")
                .append("<style>body{font-family:\"PingFang SC\",\"Microsoft YaHei\",system-ui,sans-serif;max-width:36rem;margin:1rem auto}")
                .append("h1{font-size:1.3rem}dt{font-weight:700;margin-top:.5rem}dd{margin:0;font-size:1.2rem;font-family:monospace}")
                .append(".code{font-size:1.6rem;letter-spacing:.2rem}@media print{button{display:none}body{margin:0}}</style></head><body>")
                .append("<h1>投诉受理回执 / Complaint receipt</h1><dl>")
                .append("<dt>投诉编号 Case number</dt><dd id=\"case-number\">").append(esc(s.caseNumber())).append("</dd>");
        if (s.accessCode() != null) {
            h.append("<dt>查询码 Access code</dt><dd id=\"access-code\" class=\"code\">").append(esc(s.accessCode())).append("</dd>");
        } else {
            h.append("<dt>查询码 Access code</dt><dd>（首次受理时已提供 / given on the first receipt）</dd>");
        }
        h.append("<dt>受理时间 Received</dt><dd>").append(TIME.format(s.receivedAt().atZone(zone))).append("</dd>");
        if (location != null) {
            h.append("<dt>受理地点 Location</dt><dd id=\"location\">").append(esc(location)).append("</dd>");
        }
        h.append("<dt>受理人 Taken by</dt><dd>").append(esc(staffId)).append("</dd></dl>");
        if (trackingUrl != null) {
            h.append("<p>凭投诉编号和查询码查询进度 / Follow your case with its number and access code: ")
                    .append(esc(trackingUrl)).append("</p>");
        }
        if (footer != null) {
            h.append("<p>").append(esc(footer)).append("</p>");
        }
        return h.append("<button onclick=\"window.print()\">打印 Print</button></body></html>").toString();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
