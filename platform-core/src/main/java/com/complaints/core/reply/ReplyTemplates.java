package com.complaints.core.reply;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.complaint.ComplaintService;
import com.complaints.core.complaint.ComplaintView;
import com.complaints.core.department.DepartmentService;
import com.complaints.core.notification.TemplatePreviews;
import com.complaints.core.privacy.AccessAction;
import com.complaints.core.privacy.PersonalDataAccessLog;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.Placeholders;
import com.complaints.core.shared.Resources;
import com.complaints.core.shared.PreconditionFailedException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.tenancy.TenantProvisioned;

/**
 * Canned replies (沟通技巧): polite defaults in zh-CN and en are seeded for every new tenant; admins edit, add and
 * remove them; agents pick one for a case and get it filled in with the consumer's name, the case number, the
 * department and the due date of the resolution deadline.
 */
@Service
@Transactional
public class ReplyTemplates {

    public static final List<String> LOCALES = List.of("zh-CN", "en");
    static final Set<String> VARIABLES = Set.of("consumerName", "caseNumber", "department", "dueDate");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Set<String> CATEGORIES = Set.of("PRODUCT_QUALITY", "PRODUCT_PERFORMANCE", "SERVICE_ATTITUDE",
            "SERVICE_PROCESS", "LEGAL_DISPUTE", "OTHER");

    private final ReplyTemplateRepository templates;
    private final ComplaintService complaints;
    private final DepartmentService departments;
    private final AdminAuditLog audit;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final TemplatePreviews samples;
    private final PersonalDataAccessLog accessLog;
    private final Clock clock;

    ReplyTemplates(ReplyTemplateRepository templates, ComplaintService complaints, DepartmentService departments,
                   AdminAuditLog audit, TenantContext tenantContext, TenantDirectory tenants, TemplatePreviews samples,
                   PersonalDataAccessLog accessLog, Clock clock) {
        this.templates = templates;
        this.complaints = complaints;
        this.departments = departments;
        this.audit = audit;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.samples = samples;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** A new or changed template. */
    public record Text(ReplyPurpose purpose, String category, String title, String body) {
    }

    /** A template filled in for a case. */
    public record Rendered(String key, String locale, String title, String text) {
    }

    @EventListener
    void on(TenantProvisioned event) {
        for (String locale : LOCALES) {
            Properties defaults = Resources.properties("replies/defaults_" + locale.replace('-', '_') + ".properties");
            for (String key : new TreeSet<>(defaults.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.'))).toList())) {
                templates.save(new ReplyTemplate(key, locale, ReplyPurpose.valueOf(defaults.getProperty(key + ".purpose")),
                        defaults.getProperty(key + ".category"), defaults.getProperty(key + ".title"),
                        defaults.getProperty(key + ".body"), "system", clock.instant()));
            }
        }
    }

    @Transactional(readOnly = true)
    public List<ReplyTemplateView> list(ReplyPurpose purpose, String category, String locale) {
        return templates.findAllByOrderByKeyAscLocaleAsc().stream().map(ReplyTemplate::view)
                .filter(t -> purpose == null || t.purpose() == purpose)
                .filter(t -> category == null || t.category() == null || t.category().equals(category))
                .filter(t -> locale == null || t.locale().equals(locale)).toList();
    }

    /**
     * A reply as typed, not saved: checked as a save would check it and filled with a sample case of the tenant in
     * the language (the values a real case gives: consumer, case number, department, the resolution deadline).
     */
    @Transactional(readOnly = true)
    public String preview(String locale, String body) {
        List<FieldError> errors = new ArrayList<>();
        if (!LOCALES.contains(locale)) {
            errors.add(FieldError.of("locale", "locale"));
        }
        checkBody(errors, body);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // the notification previews' sample case, with what only a reply names: the department and the deadline
        Map<String, String> sample = samples.sample(locale);
        boolean zh = "zh-CN".equals(locale);
        return Placeholders.fill(body, Map.of("consumerName", sample.get("consumerName"),
                "caseNumber", sample.get("caseNumber"), "department", zh ? "客户服务部" : "Customer Service", "dueDate", "2026-03-09 18:00"));
    }

    private static void checkBody(List<FieldError> errors, String body) {
        if (body == null || body.isBlank() || body.length() > 2000) {
            errors.add(FieldError.of("body", "length-range", 1, 2000));
            return;
        }
        for (String name : Placeholders.names(body)) {
            if (!VARIABLES.contains(name)) {
                errors.add(FieldError.of("body", "unknown-variable", name, String.join(", ", new TreeSet<>(VARIABLES))));
            }
        }
    }

    public ReplyTemplateView put(String key, String locale, Text text, Long expectedVersion, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (key == null || !KEY.matcher(key).matches()) {
            errors.add(FieldError.of("key", "pattern", KEY.pattern()));
        }
        if (!LOCALES.contains(locale)) {
            errors.add(FieldError.of("locale", "locale"));
        }
        if (text.purpose() == null) {
            errors.add(FieldError.of("purpose", "one-of", Arrays.toString(ReplyPurpose.values())));
        }
        if (text.category() != null && !CATEGORIES.contains(text.category())) {
            errors.add(FieldError.of("category", "one-of", String.join(", ", new TreeSet<>(CATEGORIES))));
        }
        if (text.title() == null || text.title().isBlank() || text.title().length() > 100) {
            errors.add(FieldError.of("title", "length-range", 1, 100));
        }
        checkBody(errors, text.body());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var existing = templates.findByKeyAndLocale(key, locale);
        if (expectedVersion != null && existing.map(ReplyTemplate::version).orElse(-1L) != expectedVersion.longValue()) {
            throw new PreconditionFailedException(expectedVersion, existing.map(ReplyTemplate::version).orElse(-1L));
        }
        ReplyTemplate t = existing.orElseGet(() -> new ReplyTemplate(key, locale, text.purpose(), text.category(),
                text.title().strip(), text.body(), actor, clock.instant()));
        t.change(text.purpose(), text.category(), text.title().strip(), text.body(), actor, clock.instant());
        ReplyTemplate saved = templates.saveAndFlush(t);
        audit.record(actor, "REPLY_TEMPLATE_SAVED", key + "/" + locale, Map.of("purpose", text.purpose().name()));
        return saved.view();
    }

    public void delete(String key, String locale, String actor) {
        ReplyTemplate t = templates.findByKeyAndLocale(key, locale).orElseThrow(() -> new NotFoundException("reply-template"));
        templates.delete(t);
        audit.record(actor, "REPLY_TEMPLATE_DELETED", key + "/" + locale, Map.of());
    }

    /**
     * The template filled in for a case the caller may see (locale: the tenant's when null). A reply addresses the
     * consumer by name: a template that uses {@code consumerName} reveals it, and is in the access log as a reveal.
     */
    @Transactional
    public Rendered render(StaffPrincipal staff, UUID complaintId, String key, String locale) {
        var tenant = tenants.find(tenantContext.require()).orElseThrow();
        String lang = locale == null ? ("en".equals(tenant.locale()) ? "en" : "zh-CN") : locale;
        ReplyTemplate t = templates.findByKeyAndLocale(key, lang).orElseThrow(() -> new NotFoundException("reply-template"));
        ComplaintView c = complaints.get(staff, complaintId);
        if (c.status().isTerminal()) {
            throw new ConflictException("case-ended", "the case is closed: no reply to write");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("consumerName", c.consumer().name());
        if (t.body().contains("consumerName")) {
            accessLog.record(staff.userId(), AccessAction.REVEAL, c.id(), c.caseNumber(), "reply template " + t.key());
        }
        variables.put("caseNumber", c.caseNumber());
        variables.put("department", c.departmentId() == null ? "" : departments.find(c.departmentId())
                .map(d -> "en".equals(lang) ? d.nameEn() : d.nameZh()).orElse(""));
        ZoneId zone = ZoneId.of(tenant.timeZone());
        variables.put("dueDate", c.clocks().stream()
                .filter(k -> k.metric().equals("RESOLUTION") && (k.state().equals("RUNNING") || k.state().equals("PAUSED")))
                .map(k -> DAY.format(k.dueAt().atZone(zone))).findFirst().orElse(""));
        return new Rendered(t.key(), t.locale(), t.view().title(), Placeholders.fill(t.body(), variables));
    }
}
