package com.complaints.core.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.CurrentStaff;
import com.complaints.core.security.Role;
import com.complaints.core.shared.ForbiddenException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;

/**
 * {@code GET /api/v1/reports/evaluation?period=2026-11|2026-Q4} or {@code ?from=&to=} (SUPERVISOR+): JSON, or by
 * content negotiation {@code text/csv} (UTF-8 with BOM), {@code text/html} (a printable page with charts) and
 * {@code application/pdf}.
 */
@RestController
class EvaluationReportController {

    private final EvaluationReports reports;
    private final ReportArchive archive;
    private final ReportPdf pdf;
    private final CurrentStaff currentStaff;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;

    EvaluationReportController(EvaluationReports reports, ReportArchive archive, ReportPdf pdf, CurrentStaff currentStaff,
                               TenantContext tenantContext, TenantDirectory tenants) {
        this.pdf = pdf;
        this.reports = reports;
        this.archive = archive;
        this.currentStaff = currentStaff;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
    }

    @GetMapping(value = "/api/v1/reports/evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
    EvaluationReport json(@RequestParam(required = false) String period,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return report(period, from, to);
    }

    @GetMapping(value = "/api/v1/reports/evaluation", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String period,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        EvaluationReport r = report(period, from, to);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluation-" + r.from() + "_" + r.to() + ".csv\"")
                .body(ReportCsv.render(r).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/api/v1/reports/evaluation", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@RequestParam(required = false) String period,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        EvaluationReport r = report(period, from, to);
        String name = tenants.find(tenantContext.require()).map(t -> t.displayName()).orElse("");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).body(ReportHtml.render(r, name));
    }

    @GetMapping(value = "/api/v1/reports/evaluation", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String period,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return pdf(report(period, from, to));
    }

    @GetMapping(value = "/api/v1/reports/evaluation/archive/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> archivedPdf(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id) {
        supervisor();
        return pdf(archive.get(id));
    }

    private ResponseEntity<byte[]> pdf(EvaluationReport r) {
        if (!pdf.available()) {
            throw new PdfUnavailableException();
        }
        String name = tenants.find(tenantContext.require()).map(t -> t.displayName()).orElse("");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluation-" + r.from() + "_" + r.to() + ".pdf\"")
                .body(pdf.render(r, name));
    }

    @GetMapping(value = "/api/v1/reports/evaluation/archive", produces = MediaType.APPLICATION_JSON_VALUE)
    java.util.List<ArchivedReportView> archive() {
        supervisor();
        return archive.list();
    }

    @GetMapping(value = "/api/v1/reports/evaluation/archive/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    EvaluationReport archived(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id) {
        supervisor();
        return archive.get(id);
    }

    @GetMapping(value = "/api/v1/reports/evaluation/archive/{id}", produces = "text/csv")
    ResponseEntity<byte[]> archivedCsv(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id) {
        supervisor();
        EvaluationReport r = archive.get(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluation-" + r.period() + ".csv\"")
                .body(ReportCsv.render(r).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/api/v1/reports/evaluation/archive/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> archivedHtml(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id) {
        supervisor();
        EvaluationReport r = archive.get(id);
        String name = tenants.find(tenantContext.require()).map(t -> t.displayName()).orElse("");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).body(ReportHtml.render(r, name));
    }

    private void supervisor() {
        if (!currentStaff.get().has(Role.SUPERVISOR)) {
            throw new ForbiddenException("reports are for supervisors");
        }
    }

    private EvaluationReport report(String period, LocalDate from, LocalDate to) {
        supervisor();
        return reports.report(period, from, to);
    }
}
