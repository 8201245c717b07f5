package com.complaints.admin.reply;

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

import com.complaints.core.reply.ReplyTemplateView;
import com.complaints.core.reply.ReplyTemplates;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.ETags;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/admin/reply-templates} (TENANT_ADMIN): the tenant's canned replies; {@code PUT /{key}/{locale}}
 * creates or changes one (variables {@code {{consumerName}}}, {@code {{caseNumber}}}, {@code {{department}}},
 * {@code {{dueDate}}}), {@code DELETE} removes it.
 */
@RestController
@RequestMapping("/api/v1/admin/reply-templates")
class ReplyTemplateAdminController {

    private final ReplyTemplates templates;
    private final CurrentStaff currentStaff;

    ReplyTemplateAdminController(ReplyTemplates templates, CurrentStaff currentStaff) {
        this.templates = templates;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    List<ReplyTemplateView> list() {
        return templates.list(null, null, null);
    }

    /** A reply as typed (not saved), checked as a save would be and filled with a sample case. */
    @PostMapping("/preview")
    ReplyPreview preview(@RequestBody ReplyPreviewRequest body) {
        return new ReplyPreview(templates.preview(body.locale(), body.body()));
    }

    record ReplyPreviewRequest(String locale, String body) {
    }

    record ReplyPreview(String body) {
    }

    @PutMapping("/{key}/{locale}")
    ResponseEntity<ReplyTemplateView> put(@PathVariable String key, @PathVariable String locale,
                                          @RequestBody ReplyTemplates.Text body,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ReplyTemplateView view = templates.put(key, locale, body, ETags.expectedVersion(ifMatch), currentStaff.get().userId());
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @ApiResponse(responseCode = "204", description = "Done; no content")
    @DeleteMapping("/{key}/{locale}")
    ResponseEntity<Void> delete(@PathVariable String key, @PathVariable String locale) {
        templates.delete(key, locale, currentStaff.get().userId());
        return ResponseEntity.noContent().build();
    }
}
