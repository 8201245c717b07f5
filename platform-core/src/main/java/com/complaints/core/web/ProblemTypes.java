package com.complaints.core.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Problem types of this API: {@code https://complaints.example/problems/<code>}, documented in the README. */
final class ProblemTypes {

    public static final String BASE = "https://complaints.example/problems/";

    private ProblemTypes() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + code));
        problem.setTitle(title);
        return problem;
    }
}
