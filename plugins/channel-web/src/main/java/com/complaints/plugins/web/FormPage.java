package com.complaints.plugins.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.complaints.plugin.api.PluginSettings;
import com.complaints.plugin.api.Submission;

import static com.complaints.plugins.web.FormText.of;
import static com.complaints.plugins.web.Html.escape;

/**
 * The complaint form and the receipt page: plain, accessible HTML (labels, fieldsets, an error summary that
 * screen readers announce, a language switch), no script needed, usable on a phone.
 */
final class FormPage {

    private static final String STYLE = """
            body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
            label{display:block;margin-top:.8rem;font-weight:600}input,select,textarea{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box;border:1px solid #555;border-radius:4px}
            textarea{min-height:8rem}fieldset{border:1px solid #bbb;border-radius:6px;margin-top:1rem}legend{font-weight:700}
            button{margin-top:1.2rem;padding:.7rem 1.4rem;font-size:1rem;background:#0b57d0;color:#fff;border:0;border-radius:4px}
            .errors{border:2px solid #b3261e;padding:.5rem 1rem;border-radius:6px;color:#b3261e}.hint{font-size:.9rem;color:#444}
            .receipt dt{font-weight:700}.receipt dd{font-size:1.4rem;margin:0 0 .8rem 0;font-family:monospace}
            :focus{outline:3px solid #f9ab00}""";

    private FormPage() {
    }

    static String render(Locale locale, PluginSettings settings, Map<String, String> values, List<String> errors,
                         String submissionId, String notice) {
        String lang = FormText.english(locale) ? "en" : "zh-CN";
        String other = FormText.english(locale) ? "zh-CN" : "en";
        String title = settings.get("formTitle").orElse(of(locale, "title"));
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>")
                .append("<main><p><a href=\"?lang=").append(other).append("\" lang=\"").append(other).append("\">")
                .append(of(locale, "language")).append("</a></p>")
                .append("<h1>").append(escape(title)).append("</h1><p>").append(of(locale, "intro")).append("</p>");
        if (!errors.isEmpty()) {
            h.append("<div class=\"errors\" role=\"alert\" id=\"errors\" tabindex=\"-1\"><p>").append(of(locale, "errors"))
                    .append("</p><ul>");
            errors.forEach(e -> h.append("<li>").append(escape(e)).append("</li>"));
            h.append("</ul></div>");
        }
        h.append("<form method=\"post\" accept-charset=\"UTF-8\" action=\"?lang=").append(lang).append("\">")
                .append("<input type=\"hidden\" name=\"submissionId\" value=\"").append(escape(submissionId)).append("\">")
                .append("<fieldset><legend>").append(of(locale, "you")).append("</legend>");
        input(h, locale, "name", "text", values, true, "name", 100);
        h.append("<p class=\"hint\" id=\"contact-hint\">").append(of(locale, "contactHint")).append("</p>");
        input(h, locale, "phone", "tel", values, false, "tel", 20);
        input(h, locale, "email", "email", values, false, "email", 254);
        input(h, locale, "address", "text", values, false, "street-address", 300);
        input(h, "regionName", of(locale, "region"), "text", values, false, "address-level2", 100);
        h.append("</fieldset><fieldset><legend>").append(of(locale, "about")).append("</legend>")
                .append("<label for=\"subjectType\">").append(of(locale, "subjectType")).append(" *</label>")
                .append("<select id=\"subjectType\" name=\"subjectType\" required>");
        String chosen = values.getOrDefault("subjectType", "PRODUCT");
        h.append(option("PRODUCT", of(locale, "product"), chosen)).append(option("SERVICE", of(locale, "service"), chosen))
                .append("</select>");
        input(h, "subjectName", of(locale, "subjectName"), "text", values, true, "off", 200);
        input(h, "reference", of(locale, "reference"), "text", values, false, "off", 100);
        h.append("</fieldset><fieldset><legend>").append(of(locale, "problem")).append("</legend>");
        textarea(h, "description", of(locale, "description"), values, true, 5000);
        textarea(h, "expectedResolution", of(locale, "expected"), values, false, 2000);
        input(h, "occurredAt", of(locale, "occurredAt"), "date", values, false, "off", 10);
        h.append("</fieldset>");
        settings.get("captchaSiteKey").ifPresent(key -> h.append("<label for=\"captchaToken\">").append(of(locale, "captcha"))
                .append("</label><input id=\"captchaToken\" name=\"captchaToken\" data-sitekey=\"").append(escape(key))
                .append("\" autocomplete=\"off\">"));
        settings.get("privacyNotice").ifPresent(p -> h.append("<p class=\"hint\">").append(escape(p)).append("</p>"));
        if (notice != null) {
            h.append("<p>").append(escape(notice)).append("</p>");
        }
        h.append("<button type=\"submit\">").append(of(locale, "submit")).append("</button></form></main></body></html>");
        return h.toString();
    }

    static String receipt(Locale locale, Submission s) {
        String lang = FormText.english(locale) ? "en" : "zh-CN";
        StringBuilder h = new StringBuilder(2048);
        h.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>")
                .append(of(locale, "received")).append("</title><style>").append(STYLE).append("</style></head><body><main>")
                .append("<h1 role=\"status\">").append(of(locale, "received")).append("</h1><dl class=\"receipt\">")
                .append("<dt>").append(of(locale, "caseNumber")).append("</dt><dd id=\"case-number\">")
                .append(escape(s.caseNumber())).append("</dd>");
        if (s.accessCode() != null) {
            h.append("<dt>").append(of(locale, "accessCode")).append("</dt><dd id=\"access-code\">")
                    .append(escape(s.accessCode())).append("</dd></dl><p>").append(of(locale, "keep")).append("</p>");
        } else {
            h.append("</dl><p>").append(of(locale, "duplicate")).append("</p>");
        }
        return h.append("</main></body></html>").toString();
    }

    private static void input(StringBuilder h, Locale locale, String key, String type, Map<String, String> values,
                              boolean required, String autocomplete, int max) {
        input(h, key, of(locale, key), type, values, required, autocomplete, max);
    }

    private static void input(StringBuilder h, String name, String label, String type, Map<String, String> values,
                              boolean required, String autocomplete, int max) {
        h.append("<label for=\"").append(name).append("\">").append(escape(label)).append(required ? " *" : "").append("</label>")
                .append("<input id=\"").append(name).append("\" name=\"").append(name).append("\" type=\"").append(type)
                .append("\" autocomplete=\"").append(autocomplete).append("\" maxlength=\"").append(max).append("\" value=\"")
                .append(escape(values.getOrDefault(name, ""))).append("\"")
                .append(name.equals("phone") || name.equals("email") ? " aria-describedby=\"contact-hint\"" : "")
                .append(required ? " required aria-required=\"true\">" : ">");
    }

    private static void textarea(StringBuilder h, String name, String label, Map<String, String> values, boolean required,
                                 int max) {
        h.append("<label for=\"").append(name).append("\">").append(escape(label)).append(required ? " *" : "").append("</label>")
                .append("<textarea id=\"").append(name).append("\" name=\"").append(name).append("\" maxlength=\"").append(max)
                .append("\"").append(required ? " required aria-required=\"true\"" : "").append(">")
                .append(escape(values.getOrDefault(name, ""))).append("</textarea>");
    }

    private static String option(String value, String label, String chosen) {
        return "<option value=\"" + value + "\"" + (value.equals(chosen) ? " selected" : "") + ">" + escape(label) + "</option>";
    }
}
