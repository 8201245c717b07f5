package com.complaints.admin.plugin;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.notification.NotificationTemplates;
import com.complaints.core.notification.TemplatePreviews;
import com.complaints.core.notification.TemplateView;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.ETags;

/**
 * {@code /api/v1/admin/notification-templates} (TENANT_ADMIN): the wording of every notification per event and
 * language (zh-CN, en), the platform default until the tenant writes its own; DELETE goes back to the default.
 */
@RestController
@RequestMapping("/api/v1/admin/notification-templates")
class NotificationTemplateAdminController {

    private final NotificationTemplates templates;
    private final TemplatePreviews previews;
    private final CurrentStaff currentStaff;

    NotificationTemplateAdminController(NotificationTemplates templates, TemplatePreviews previews, CurrentStaff currentStaff) {
        this.templates = templates;
        this.previews = previews;
        this.currentStaff = currentStaff;
    }

    record TemplateText(String subject, String body) {
    }

    @GetMapping
    List<TemplateView> list() {
        return templates.list();
    }

    @GetMapping("/{event}/{locale}")
    TemplateView get(@PathVariable String event, @PathVariable String locale) {
        return templates.get(event, locale);
    }

    @PutMapping("/{event}/{locale}")
    ResponseEntity<TemplateView> change(@PathVariable String event, @PathVariable String locale,
                                        @RequestBody TemplateText body,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        TemplateView view = templates.change(event, locale, body.subject(), body.body(), ETags.expectedVersion(ifMatch),
                currentStaff.get().userId());
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    /** The text as typed (not saved), validated as a save would be and filled with a sample case of the tenant. */
    @PostMapping("/{event}/{locale}/preview")
    TemplatePreview preview(@PathVariable String event, @PathVariable String locale, @RequestBody TemplateText body) {
        var rendered = previews.preview(event, locale, body.subject(), body.body());
        return new TemplatePreview(rendered.subject(), rendered.body());
    }

    record TemplatePreview(String subject, String body) {
    }

    @DeleteMapping("/{event}/{locale}")
    TemplateView reset(@PathVariable String event, @PathVariable String locale) {
        return templates.reset(event, locale, currentStaff.get().userId());
    }
}
