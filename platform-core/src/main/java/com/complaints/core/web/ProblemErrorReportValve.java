package com.complaints.core.web;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error pages (a request refused before any servlet runs: a malformed path, oversized headers, a bad
 * request line) as problem details instead of Tomcat's HTML page. Nothing of the cause is written.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final JsonMapper json;

    ProblemErrorReportValve(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = status >= 500
                ? ProblemTypes.problem(HttpStatusCode.valueOf(status), "internal-error", "Internal error",
                        "The request failed unexpectedly; it has been logged.")
                : ProblemTypes.problem(HttpStatusCode.valueOf(status), "http", "Request not processed",
                        "The request could not be processed (" + status + (known == null ? "" : " " + known.getReasonPhrase()) + ").");
        try {
            String uri = request.getDecodedRequestURI();
            problem.setInstance(URI.create(uri));
        } catch (RuntimeException unparsable) {
            // a path that is not a URI stays out of the answer
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response already committed: nothing more can be said
        }
    }
}
