package com.complaints.core.report;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.complaints.core.web.ProblemMessages;

/** A PDF report without its font installed: 503 with what to install. */
@RestControllerAdvice(assignableTypes = EvaluationReportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportExceptionHandler {

    private final ProblemMessages problems;

    ReportExceptionHandler(ProblemMessages problems) {
        this.problems = problems;
    }

    @ExceptionHandler(PdfUnavailableException.class)
    ProblemDetail pdfUnavailable(PdfUnavailableException e) {
        return problems.problemWithDetail(HttpStatus.SERVICE_UNAVAILABLE, "pdf-unavailable", e.getMessage());
    }
}
