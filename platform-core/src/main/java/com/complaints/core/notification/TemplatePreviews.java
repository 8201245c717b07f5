package com.complaints.core.notification;

import java.util.Map;

import org.springframework.stereotype.Service;

import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;

/**
 * Notification texts (and canned replies) filled with a sample case of the tenant, for an admin writing a template:
 * the values a real notification of each kind carries, made up but shaped like the real ones (case number, access
 * code, times as notifications write them, links).
 */
@Service
public class TemplatePreviews {

    private final NotificationTemplates templates;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;

    TemplatePreviews(NotificationTemplates templates, TenantContext tenantContext, TenantDirectory tenants) {
        this.templates = templates;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
    }

    public NotificationTemplates.Rendered preview(String event, String locale, String subject, String body) {
        return templates.preview(event, locale, subject, body, sample(locale));
    }

    /** The sample case's values in a language. */
    public Map<String, String> sample(String locale) {
        String tenant = tenantContext.require();
        String tenantName = tenants.find(tenant).map(t -> t.displayName()).orElse(tenant);
        boolean zh = !"en".equals(locale);
        String caseNumber = tenant.toUpperCase(java.util.Locale.ROOT) + "-2026-000123";
        return Map.ofEntries(
                Map.entry("caseNumber", caseNumber),
                Map.entry("accessCode", "K7Q2MX"),
                Map.entry("consumerName", zh ? "张三" : "Zhang San"),
                Map.entry("receivedAt", "2026-03-02 14:30"),
                Map.entry("trackingUrl", "/public/" + tenant + "/complaints/" + caseNumber),
                Map.entry("tenantName", tenantName),
                Map.entry("message", zh ? "质检报告已出，我们将在周五前给您答复。" : "The inspection report is in; we will answer you by Friday."),
                Map.entry("solution", zh ? "免费更换同型号新机，并补偿 200 元。" : "A new unit of the same model free of charge, and 200 yuan in compensation."),
                Map.entry("resolution", zh ? "已为您更换新机，故障已排除。" : "Your unit has been replaced and the fault is gone."),
                Map.entry("surveyUrl", "/public/" + tenant + "/surveys/sample"),
                Map.entry("metric", "RESOLUTION"),
                Map.entry("dueAt", "2026-03-09T10:00:00Z"),
                Map.entry("state", "WARNED"),
                Map.entry("recipient", "wang.agent"),
                Map.entry("title", zh ? "电热水壶漏水问题整改" : "Fix the kettle leaks"),
                Map.entry("dueDate", "2026-04-30"),
                Map.entry("owner", "li.product"),
                Map.entry("period", "2026-03"),
                Map.entry("from", "2026-03-01"),
                Map.entry("to", "2026-03-31"),
                Map.entry("reportUrl", "/console/reports"));
    }
}
