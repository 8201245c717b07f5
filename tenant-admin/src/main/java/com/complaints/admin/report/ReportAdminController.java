package com.complaints.admin.report;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.report.ArchivedReportView;
import com.complaints.core.report.ReportArchive;
import com.complaints.core.security.CurrentStaff;

/**
 * {@code /api/v1/admin/reports} (TENANT_ADMIN): the e-mail addresses that receive each closed month's and quarter's
 * report, and making a period's report now ({@code POST /generate/{period}}) — e.g. after correcting data.
 */
@RestController
@RequestMapping("/api/v1/admin/reports")
class ReportAdminController {

    private final ReportArchive archive;
    private final CurrentStaff currentStaff;

    ReportAdminController(ReportArchive archive, CurrentStaff currentStaff) {
        this.archive = archive;
        this.currentStaff = currentStaff;
    }

    record Subscribers(List<String> emails) {
    }

    @GetMapping("/subscribers")
    Subscribers subscribers() {
        return new Subscribers(archive.subscriberEmails());
    }

    @PutMapping("/subscribers")
    Subscribers setSubscribers(@RequestBody Subscribers body) {
        return new Subscribers(archive.setSubscribers(body.emails(), currentStaff.get().userId()));
    }

    @PostMapping("/generate/{period}")
    @ResponseStatus(HttpStatus.CREATED)
    ArchivedReportView generate(@PathVariable String period) {
        return archive.generate(period);
    }
}
