package com.complaints.core.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, requests whose framing is ambiguous or broken: more than one
 * {@code Authorization} header (which one would be checked?), and a query string that is not valid
 * percent-encoded UTF-8 ({@code %FF}, {@code %ZZ}). Both answer 400 problem details; the bad value is never logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestHygieneFilter extends OncePerRequestFilter {

    private final ProblemResponses responses;
    private final ProblemMessages problems;

    RequestHygieneFilter(ProblemResponses responses, ProblemMessages problems) {
        this.responses = responses;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION)).size() > 1) {
            responses.write(request, response, problems.problem(HttpStatus.BAD_REQUEST, "ambiguous-authorization"));
            return;
        }
        if (!validQuery(request.getQueryString())) {
            responses.write(request, response, problems.problem(HttpStatus.BAD_REQUEST, "malformed-parameters"));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a query string decodes: every {@code %} followed by two hex digits, the bytes valid UTF-8. */
    static boolean validQuery(String query) {
        if (query == null) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(query.length() * 4);
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length()) {
                    return false;
                }
                int hi = Character.digit(query.charAt(i + 1), 16);
                int lo = Character.digit(query.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
