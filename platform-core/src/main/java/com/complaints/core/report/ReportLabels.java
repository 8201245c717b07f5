package com.complaints.core.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names a reader of a report sees for the API's codes: categories and channels in Chinese and English
 * ({@code PRODUCT_QUALITY} → {@code 产品质量 Product quality}); an unknown code stays as it is.
 */
final class ReportLabels {

    private static final Map<String, String> CATEGORIES = Map.of(
            "PRODUCT_QUALITY", "产品质量 Product quality", "PRODUCT_PERFORMANCE", "产品性能 Product performance",
            "SERVICE_ATTITUDE", "服务态度 Service attitude", "SERVICE_PROCESS", "服务流程 Service process",
            "LEGAL_DISPUTE", "法律纠纷 Legal dispute", "OTHER", "其他 Other");
    private static final Map<String, String> CHANNELS = Map.of(
            "phone", "电话 Phone", "web", "网页 Web", "email", "电子邮件 E-mail", "onsite", "现场 Reception desk");

    private ReportLabels() {
    }

    /** The counts under their categories' names, in the same order. */
    static Map<String, Long> categories(Map<String, Long> counts) {
        return relabel(counts, CATEGORIES);
    }

    /** The counts under their channels' names, in the same order. */
    static Map<String, Long> channels(Map<String, Long> counts) {
        return relabel(counts, CHANNELS);
    }

    private static Map<String, Long> relabel(Map<String, Long> counts, Map<String, String> names) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((code, count) -> named.merge(names.getOrDefault(code, code), count, Long::sum));
        return named;
    }
}
