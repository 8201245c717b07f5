package com.complaints.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.BrowserTests;
import com.complaints.server.support.EmbeddedServerIntegrationTest;

/**
 * The console's end-to-end tests ({@code tenant-admin/console/e2e/*.test.mjs}, Node's test runner driving Debian's
 * Chromium with playwright-core) against the embedded server this test starts, as a newcomer runs it. Their
 * screenshots are kept in {@code deploy/server/target/console-e2e/}. Chromium comes from {@code deploy/local/browser.sh}
 * (run by the test command); a missing browser fails here with that message.
 */
class ConsoleBrowserIT extends EmbeddedServerIntegrationTest {

    @Test
    void theConsolesBrowserTestsPass() throws Exception {
        BrowserTests.run("e2e/", api.port(), "e2e-output.txt", Map.of(), Duration.ofMinutes(15));
        Path artifacts = BrowserTests.ARTIFACTS;

        // the evaluation report the browser downloaded (e2e/reports.test.mjs): a PDF a person reads, in Chinese
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(artifacts.resolve("report-last-month.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("演示公司 Demo Company", "投诉评估报告", "产品质量");
        }
    }
}
