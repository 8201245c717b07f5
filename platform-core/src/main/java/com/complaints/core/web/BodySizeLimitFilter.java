package com.complaints.core.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over 1 MiB with 413: at once when Content-Length says so, and while reading when the
 * body is chunked. Attachment uploads (multipart) may be larger: up to the attachment limit plus 1 MiB of form
 * overhead; the multipart limits of the servlet container bound them further.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter extends OncePerRequestFilter {

    static final long MAX_BYTES = 1024 * 1024;
    private static final Pattern ATTACHMENT_UPLOAD = Pattern.compile("/api/v1/complaints/[^/]+/attachments");

    private final ProblemResponses responses;
    private final ProblemMessages problems;
    private final long maxUploadBytes;

    BodySizeLimitFilter(ProblemResponses responses, ProblemMessages problems,
                        @Value("${complaints.attachments.max-size:10MB}") DataSize maxAttachment) {
        this.responses = responses;
        this.problems = problems;
        this.maxUploadBytes = maxAttachment.toBytes() + MAX_BYTES;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = "POST".equals(request.getMethod())
                && ATTACHMENT_UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
        long limit = upload ? maxUploadBytes : MAX_BYTES;
        if (request.getContentLengthLong() > limit) {
            responses.write(request, response, problems.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", limit));
            return;
        }
        if (upload) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new LimitedRequest(request), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream());
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private long read;

        LimitedInputStream(ServletInputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > MAX_BYTES) {
                throw new PayloadTooLargeException(MAX_BYTES);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
