package com.complaints.core.retention;

import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.ETags;
import com.complaints.core.web.ProblemMessages;

/**
 * Tenant admins answer consumers' requests about their personal data (access, copy, deletion) and set how long the
 * tenant keeps it. Every request needs a reason, which goes into the personal-data access log.
 */
@RestController
@RequestMapping("/api/v1/admin/personal-data")
class PersonalDataRequestsController {

    private final ConsumerRequests requests;
    private final Retention retention;
    private final CurrentStaff currentStaff;
    private final ProblemMessages problems;

    PersonalDataRequestsController(ConsumerRequests requests, Retention retention, CurrentStaff currentStaff,
                                   ProblemMessages problems) {
        this.requests = requests;
        this.retention = retention;
        this.currentStaff = currentStaff;
        this.problems = problems;
    }

    /** The consumer's cases, by phone or e-mail (or both). */
    @PostMapping("/requests/lookup")
    List<ConsumerRequests.ConsumerCaseRef> lookup(@RequestBody ConsumerRequests.ConsumerRequest request) {
        return requests.lookup(currentStaff.get(), request);
    }

    /** A copy of the consumer's data, machine-readable (JSON). */
    @PostMapping(value = "/requests/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ConsumerDataExport> export(@RequestBody ConsumerRequests.ConsumerRequest request) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("personal-data.json").build().toString()).body(requests.export(currentStaff.get(), request));
    }

    /** The same copy as a readable PDF ({@code Accept: application/pdf}). */
    @PostMapping(value = "/requests/export", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> exportPdf(@RequestBody ConsumerRequests.ConsumerRequest request) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("personal-data.pdf").build().toString())
                .body(requests.exportPdf(currentStaff.get(), request));
    }

    /** Erases the consumer's identity from all the consumer's cases; 409 {@code legal-hold} (nothing erased) if any is held. */
    @PostMapping("/requests/erasure")
    ConsumerRequests.ErasureResult erase(@RequestBody ConsumerRequests.ConsumerRequest request) {
        return requests.erase(currentStaff.get(), request);
    }

    @GetMapping("/retention-policy")
    ResponseEntity<RetentionPolicyView> policy() {
        RetentionPolicyView view = retention.get();
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PutMapping("/retention-policy")
    ResponseEntity<RetentionPolicyView> setPolicy(@RequestBody RetentionPolicyChange change,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        RetentionPolicyView view = retention.update(change.anonymiseAfterBusinessDays(), change.accessLogDays(),
                ETags.expectedVersion(ifMatch), currentStaff.get().userId());
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    /** Runs the retention policy now (as the daily timer does), and answers what it did. */
    @PostMapping("/retention-policy/run")
    Retention.RetentionRunResult run() {
        return retention.run("admin " + currentStaff.get().userId());
    }

    @ExceptionHandler(LegalHoldRefusal.class)
    ResponseEntity<ProblemDetail> held(LegalHoldRefusal refusal) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "legal-hold");
        problem.setProperty("heldCases", refusal.held().stream()
                .map(h -> Map.of("caseNumber", h.caseNumber(), "reason", h.reason())).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** @param anonymiseAfterBusinessDays null: keep identities until a request erases them */
    record RetentionPolicyChange(Integer anonymiseAfterBusinessDays, Integer accessLogDays) {
    }
}
