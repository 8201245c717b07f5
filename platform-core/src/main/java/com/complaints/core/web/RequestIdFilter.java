package com.complaints.core.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, in the logging context ({@code request.id} of each structured log line) and in the
 * {@code X-Request-Id} response header: the balancer's id when it sent a well-formed one (so its access log and the
 * nodes' logs meet), a new one otherwise. A malformed incoming id is replaced, never logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String LOG_KEY = "request.id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(HEADER);
        String id = incoming != null && WELL_FORMED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        MDC.put(LOG_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(LOG_KEY);
        }
    }
}
