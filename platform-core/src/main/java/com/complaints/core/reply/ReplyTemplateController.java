package com.complaints.core.reply;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.CurrentStaff;

/**
 * Canned replies for agents (AGENT+): {@code GET /api/v1/reply-templates?purpose=&category=&locale=} and a template
 * filled in for a case, {@code GET /api/v1/complaints/{id}/replies/{key}?locale=}.
 */
@RestController
class ReplyTemplateController {

    private final ReplyTemplates templates;
    private final CurrentStaff currentStaff;

    ReplyTemplateController(ReplyTemplates templates, CurrentStaff currentStaff) {
        this.templates = templates;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/reply-templates")
    List<ReplyTemplateView> list(@RequestParam(required = false) ReplyPurpose purpose,
                                 @RequestParam(required = false) String category,
                                 @RequestParam(required = false) String locale) {
        return templates.list(purpose, category, locale);
    }

    @GetMapping("/api/v1/complaints/{id}/replies/{key}")
    ReplyTemplates.Rendered render(@PathVariable UUID id, @PathVariable String key,
                                   @RequestParam(required = false) String locale) {
        return templates.render(currentStaff.get(), id, key, locale);
    }
}
