package com.complaints.core.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The answer when a backend is out of reach: 503 problem details with {@code Retry-After}, never a 500. */
final class ServiceUnavailable {

    private static final String RETRY_AFTER_SECONDS = "5";

    private ServiceUnavailable() {
    }

    /** {@code code}: the problem type, e.g. {@code search-unavailable}, {@code database-unavailable}. */
    static ResponseEntity<ProblemDetail> answer(ProblemMessages problems, String code) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, code));
    }
}
