package com.complaints.core.channel;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.complaints.core.plugin.PluginCallException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.web.ProblemMessages;
import com.complaints.plugin.api.DraftRejectedException;

/** Failures of channel plugins as problem details: 502 failed, 504 timed out, 503 not installed, 422 rejected draft. */
@RestControllerAdvice(assignableTypes = ChannelEndpointController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChannelExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ChannelExceptionHandler.class);

    private final ProblemMessages problems;

    ChannelExceptionHandler(ProblemMessages problems) {
        this.problems = problems;
    }

    @ExceptionHandler(PluginCallException.class)
    ProblemDetail failed(PluginCallException e) {
        log.warn("channel call failed: {}", e.getMessage());
        return e.timedOut()
                ? problems.problem(HttpStatus.GATEWAY_TIMEOUT, "channel-timeout")
                : problems.problem(HttpStatus.BAD_GATEWAY, "channel-failed");
    }

    @ExceptionHandler(ChannelUnavailableException.class)
    ProblemDetail unavailable(ChannelUnavailableException e) {
        return problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "channel-unavailable");
    }

    @ExceptionHandler(DraftRejectedException.class)
    ProblemDetail rejected(DraftRejectedException e) {
        List<FieldError> errors = e.fields().stream().map(f -> FieldError.of(f, "invalid")).toList();
        return problems.validation(errors.isEmpty() ? List.of(FieldError.of("body", "invalid")) : errors);
    }
}
