package com.complaints.core.followup;

import com.complaints.core.shared.Resources;

/** The survey's HTML: an accessible form (a fieldset of 1-5, yes/no, a comment), the thanks, or why it is closed. */
final class SurveyPage {

    private static final String STYLE = "body{font-family:system-ui,\"PingFang SC\",\"Microsoft YaHei\",sans-serif;max-width:36rem;"
            + "margin:1rem auto;padding:0 1rem;line-height:1.5}fieldset{border:1px solid #bbb;border-radius:6px;margin-top:1rem}"
            + "label{margin-right:1rem}textarea{width:100%;min-height:6rem}button{margin-top:1rem;padding:.6rem 1.2rem;"
            + "font-size:1rem}.error{color:#b3261e;font-weight:700}";

    private SurveyPage() {
    }

    static String form(FollowUpSurveys.SurveyView v, boolean en, String errorField) {
        StringBuilder h = head(en, en ? "How did we do?" : "服务评价");
        h.append("<h1>").append(en ? "How did we handle your complaint " : "请评价我们对投诉的处理：").append(Resources.escapeHtml(v.caseNumber()))
                .append(en ? "?" : "").append("</h1>");
        if (errorField != null) {
            h.append("<p class=\"error\" role=\"alert\">").append(en ? "Please choose a score from 1 to 5." : "请选择 1 到 5 分。").append("</p>");
        }
        h.append("<form method=\"post\"><fieldset><legend>").append(en ? "Your satisfaction (5 = very satisfied)" : "满意度（5 分为非常满意）")
                .append("</legend>");
        for (int i = 1; i <= 5; i++) {
            h.append("<label><input type=\"radio\" name=\"satisfaction\" value=\"").append(i).append("\" required> ").append(i)
                    .append("</label>");
        }
        h.append("</fieldset><fieldset><legend>").append(en ? "Was your problem solved?" : "您的问题解决了吗？").append("</legend>")
                .append("<label><input type=\"radio\" name=\"solved\" value=\"yes\"> ").append(en ? "Yes" : "已解决").append("</label>")
                .append("<label><input type=\"radio\" name=\"solved\" value=\"no\"> ").append(en ? "No" : "未解决").append("</label>")
                .append("</fieldset><label for=\"comment\">").append(en ? "Anything else you want to tell us" : "其他意见或建议")
                .append("</label><textarea id=\"comment\" name=\"comment\" maxlength=\"2000\"></textarea>")
                .append("<button type=\"submit\">").append(en ? "Send" : "提交").append("</button></form>");
        return h.append("</body></html>").toString();
    }

    static String thanks(FollowUpSurveys.SurveyView v, boolean en) {
        return head(en, en ? "Thank you" : "感谢您的评价").append("<h1 role=\"status\">").append(en ? "Thank you for your answer." : "感谢您的评价！")
                .append("</h1><p>").append(Resources.escapeHtml(v.caseNumber())).append("</p></body></html>").toString();
    }

    static String closed(FollowUpSurveys.SurveyView v, boolean en) {
        String why = switch (v.closedReason() == null ? "" : v.closedReason()) {
            case "answered" -> en ? "This survey has already been answered." : "此评价已提交，感谢您的反馈。";
            case "expired" -> en ? "This survey link has expired." : "此评价链接已过期。";
            default -> en ? "This survey is closed." : "此评价已关闭。";
        };
        return head(en, why).append("<h1>").append(why).append("</h1><p>").append(Resources.escapeHtml(v.caseNumber())).append("</p></body></html>").toString();
    }

    private static StringBuilder head(boolean en, String title) {
        return new StringBuilder(2048).append("<!DOCTYPE html><html lang=\"").append(en ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>")
                .append(Resources.escapeHtml(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
    }
}
