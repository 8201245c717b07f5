package com.complaints.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterUnitTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    private String[] run(String incoming) throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/complaints");
        if (incoming != null) {
            request.addHeader(RequestIdFilter.HEADER, incoming);
        }
        var response = new MockHttpServletResponse();
        AtomicReference<String> logged = new AtomicReference<>();
        filter.doFilter(request, response, (req, res) -> logged.set(MDC.get(RequestIdFilter.LOG_KEY)));
        assertThat(MDC.get(RequestIdFilter.LOG_KEY)).as("cleared after the request").isNull();
        return new String[] {logged.get(), response.getHeader(RequestIdFilter.HEADER)};
    }

    @Test
    void keepsTheBalancersIdInTheLogsAndTheAnswer() throws Exception {
        assertThat(run("7F000001:C3A2_7F000001:1F9A_6573A1B2_0001:4C2E")).containsOnly("7F000001:C3A2_7F000001:1F9A_6573A1B2_0001:4C2E");
    }

    @Test
    void replacesAMissingOrMalformedIdWithANewOne() throws Exception {
        String[] none = run(null);
        assertThat(none[0]).hasSize(36).isEqualTo(none[1]);
        String[] malformed = run("line\nbreak <script>");
        assertThat(malformed[0]).hasSize(36).doesNotContain("script");
    }
}
