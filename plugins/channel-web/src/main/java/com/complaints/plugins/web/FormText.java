package com.complaints.plugins.web;

import java.util.Locale;
import java.util.Map;

/** The form's words in Chinese and English. */
final class FormText {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("title", "投诉登记"),
            Map.entry("intro", "请填写以下信息，我们会在受理后告知您投诉编号和查询码。带 * 的为必填项。"),
            Map.entry("you", "您的信息"),
            Map.entry("name", "姓名"),
            Map.entry("phone", "手机号码"),
            Map.entry("email", "电子邮箱"),
            Map.entry("contactHint", "手机号码和电子邮箱至少填写一项。"),
            Map.entry("address", "联系地址"),
            Map.entry("region", "所在地区"),
            Map.entry("about", "投诉对象"),
            Map.entry("subjectType", "类型"),
            Map.entry("product", "产品"),
            Map.entry("service", "服务"),
            Map.entry("subjectName", "产品或服务名称"),
            Map.entry("reference", "订单号或合同号"),
            Map.entry("problem", "问题经过"),
            Map.entry("description", "问题描述"),
            Map.entry("expected", "您期望的解决方式"),
            Map.entry("occurredAt", "发生日期"),
            Map.entry("captcha", "验证码"),
            Map.entry("submit", "提交投诉"),
            Map.entry("errors", "提交未成功，请检查以下内容："),
            Map.entry("received", "投诉已受理"),
            Map.entry("caseNumber", "投诉编号"),
            Map.entry("accessCode", "查询码"),
            Map.entry("keep", "请保存投诉编号和查询码，以便查询处理进度。"),
            Map.entry("duplicate", "此投诉已提交过，无需重复提交。查询码已在首次提交时提供。"),
            Map.entry("rateLimited", "提交过于频繁，请稍后再试。"),
            Map.entry("tooLarge", "提交的内容过长。"),
            Map.entry("captchaFailed", "验证码校验未通过，请重试。"),
            Map.entry("language", "English"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title", "Make a complaint"),
            Map.entry("intro", "Please fill in the form. Once we have registered your complaint we give you its number and an access code. Fields marked * are required."),
            Map.entry("you", "About you"),
            Map.entry("name", "Name"),
            Map.entry("phone", "Mobile phone"),
            Map.entry("email", "E-mail"),
            Map.entry("contactHint", "Give a phone number, an e-mail address, or both."),
            Map.entry("address", "Address"),
            Map.entry("region", "Region"),
            Map.entry("about", "What it is about"),
            Map.entry("subjectType", "Type"),
            Map.entry("product", "Product"),
            Map.entry("service", "Service"),
            Map.entry("subjectName", "Product or service name"),
            Map.entry("reference", "Order or contract number"),
            Map.entry("problem", "What happened"),
            Map.entry("description", "Describe the problem"),
            Map.entry("expected", "How should we resolve it?"),
            Map.entry("occurredAt", "Date it happened"),
            Map.entry("captcha", "Verification"),
            Map.entry("submit", "Submit complaint"),
            Map.entry("errors", "Your complaint was not sent. Please check:"),
            Map.entry("received", "Complaint received"),
            Map.entry("caseNumber", "Case number"),
            Map.entry("accessCode", "Access code"),
            Map.entry("keep", "Keep the case number and access code to follow your case."),
            Map.entry("duplicate", "This complaint was already submitted; the access code was shown the first time."),
            Map.entry("rateLimited", "Too many submissions; please try again later."),
            Map.entry("tooLarge", "The submission is too long."),
            Map.entry("captchaFailed", "The verification failed; please try again."),
            Map.entry("language", "中文"));

    private FormText() {
    }

    static boolean english(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    static String of(Locale locale, String key) {
        return (english(locale) ? EN : ZH).getOrDefault(key, key);
    }

    /** The label of a field the host rejected. */
    static String field(Locale locale, String field) {
        return switch (field) {
            case "consumer.name" -> of(locale, "name");
            case "consumer.phone" -> of(locale, "phone");
            case "consumer.email" -> of(locale, "email");
            case "consumer" -> of(locale, "contactHint");
            case "consumer.address" -> of(locale, "address");
            case "subject.name", "subject" -> of(locale, "subjectName");
            case "subject.type" -> of(locale, "subjectType");
            case "subject.reference" -> of(locale, "reference");
            case "description" -> of(locale, "description");
            case "expectedResolution" -> of(locale, "expected");
            case "occurredAt" -> of(locale, "occurredAt");
            default -> field;
        };
    }
}
