package com.complaints.core.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.Placeholders;
import com.complaints.core.shared.Resources;
import com.complaints.core.shared.PreconditionFailedException;

/**
 * Notification templates per tenant, event and language ({@code zh-CN}, {@code en}): the platform's defaults
 * ({@code notifications/templates_*.properties}) unless the tenant's admins wrote their own. A template uses
 * {@code {{variable}}} placeholders, checked against the event's variables when saved.
 */
@Service
@Transactional
public class NotificationTemplates {

    public static final List<String> LOCALES = List.of("zh-CN", "en");

    private final NotificationTemplateRepository templates;
    private final AdminAuditLog audit;
    private final Clock clock;
    private final Map<String, Properties> defaults;

    NotificationTemplates(NotificationTemplateRepository templates, AdminAuditLog audit, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
        this.defaults = Map.of("zh-CN", Resources.properties("notifications/templates_zh_CN.properties"),
                "en", Resources.properties("notifications/templates_en.properties"));
    }

    /** A rendered notification text. */
    public record Rendered(String subject, String body) {
    }

    @Transactional(readOnly = true)
    public List<TemplateView> list() {
        List<TemplateView> views = new ArrayList<>();
        for (NotificationEvent event : NotificationEvent.values()) {
            for (String locale : LOCALES) {
                views.add(view(event, locale));
            }
        }
        return views;
    }

    @Transactional(readOnly = true)
    public TemplateView get(String event, String locale) {
        return view(event(event), locale(locale));
    }

    public TemplateView change(String eventName, String localeTag, String subject, String body, Long expectedVersion,
                               String actor) {
        NotificationEvent event = event(eventName);
        String locale = locale(localeTag);
        validate(event, subject, body);
        var existing = templates.findByEventAndLocale(event.name(), locale);
        if (expectedVersion != null && existing.map(NotificationTemplate::version).orElse(-1L) != expectedVersion.longValue()) {
            throw new PreconditionFailedException(expectedVersion, existing.map(NotificationTemplate::version).orElse(-1L));
        }
        NotificationTemplate t = existing.orElseGet(() -> new NotificationTemplate(event.name(), locale, subject, body, actor, clock.instant()));
        t.change(subject.strip(), body, actor, clock.instant());
        templates.saveAndFlush(t);
        audit.record(actor, "NOTIFICATION_TEMPLATE_CHANGED", event.name() + "/" + locale, Map.of());
        return view(event, locale);
    }

    /**
     * A text as it would read, not saved: validated as a save would be, its placeholders filled with the sample's
     * values (only the event's variables).
     */
    @Transactional(readOnly = true)
    public Rendered preview(String eventName, String localeTag, String subject, String body, Map<String, String> sample) {
        NotificationEvent event = event(eventName);
        locale(localeTag);
        validate(event, subject, body);
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        event.variables().forEach(name -> variables.put(name, sample.getOrDefault(name, name)));
        return new Rendered(Placeholders.fill(subject, variables).strip(), Placeholders.fill(body, variables));
    }

    private static void validate(NotificationEvent event, String subject, String body) {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "subject", subject, 300, event);
        check(errors, "body", body, 5000, event);
        if (subject != null && (subject.contains("\n") || subject.contains("\r"))) {
            errors.add(FieldError.of("subject", "single-line"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Back to the platform default. */
    public TemplateView reset(String eventName, String localeTag, String actor) {
        NotificationEvent event = event(eventName);
        String locale = locale(localeTag);
        templates.findByEventAndLocale(event.name(), locale).ifPresent(t -> {
            templates.delete(t);
            audit.record(actor, "NOTIFICATION_TEMPLATE_RESET", event.name() + "/" + locale, Map.of());
        });
        return view(event, locale);
    }

    /** Renders the tenant's template of the event in the language (unknown languages fall back to zh-CN). */
    @Transactional(readOnly = true)
    Rendered render(NotificationEvent event, String locale, Map<String, String> variables) {
        String l = LOCALES.contains(locale) ? locale : "zh-CN";
        TemplateView t = view(event, l);
        return new Rendered(Placeholders.fill(t.subject(), variables).strip(), Placeholders.fill(t.body(), variables));
    }

    private TemplateView view(NotificationEvent event, String locale) {
        return templates.findByEventAndLocale(event.name(), locale)
                .map(t -> new TemplateView(event.name(), locale, t.subject(), t.body(), true, event.variables(),
                        t.updatedBy(), t.updatedAt(), t.version()))
                .orElseGet(() -> new TemplateView(event.name(), locale, defaultText(event, locale, "subject"),
                        defaultText(event, locale, "body"), false, event.variables(), null, null, null));
    }

    private String defaultText(NotificationEvent event, String locale, String part) {
        String text = defaults.get(locale).getProperty(event.name() + "." + part);
        if (text == null) {
            throw new IllegalStateException("no default " + part + " for " + event + " in " + locale);
        }
        return text;
    }

    private static void check(List<FieldError> errors, String field, String value, int max, NotificationEvent event) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "required"));
            return;
        }
        if (value.length() > max) {
            errors.add(FieldError.of(field, "max-length", max));
        }
        for (String name : Placeholders.names(value)) {
            if (!event.variables().contains(name)) {
                errors.add(FieldError.of(field, "unknown-variable", name, String.join(", ", event.variables())));
            }
        }
    }

    private static NotificationEvent event(String name) {
        return NotificationEvent.of(name).orElseThrow(() -> new NotFoundException("template"));
    }

    private static String locale(String tag) {
        if (!LOCALES.contains(tag)) {
            throw new NotFoundException("template");
        }
        return tag;
    }
}
