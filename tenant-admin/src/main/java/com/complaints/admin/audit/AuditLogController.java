package com.complaints.admin.audit;

import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.web.PageResponse;
import com.complaints.core.web.Paging;

/** {@code GET /api/v1/admin/audit-log} (TENANT_ADMIN): configuration changes and reveals of consumers' contact details, newest first. */
@RestController
class AuditLogController {

    private final AdminAuditLog audit;

    AuditLogController(AdminAuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/admin/audit-log")
    PageResponse<AdminAuditLog.Entry> list(@RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return PageResponse.of(audit.list(Paging.of(page, size, null, Set.of(), Sort.unsorted())));
    }
}
