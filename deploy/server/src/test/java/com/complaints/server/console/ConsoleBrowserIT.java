package com.complaints.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.EmbeddedServerIntegrationTest;

/**
 * The console's end-to-end tests ({@code tenant-admin/console/e2e/*.test.mjs}, Node's test runner driving Debian's
 * Chromium with playwright-core) against the embedded server this test starts, as a newcomer runs it. Their
 * screenshots are kept in {@code deploy/server/target/console-e2e/}. Chromium comes from {@code deploy/local/browser.sh}
 * (run by the test command); a missing browser fails here with that message.
 */
class ConsoleBrowserIT extends EmbeddedServerIntegrationTest {

    static final Path CONSOLE = Path.of("../../tenant-admin/console");

    @Test
    void theConsolesBrowserTestsPass() throws Exception {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assertThat(Path.of(chromium)).as("Chromium for the console's browser tests: run deploy/local/browser.sh").isExecutable();
        assertThat(CONSOLE.resolve("node_modules/playwright-core")).as("the console's npm packages (built by Maven)").isDirectory();
        Path artifacts = Path.of("target/console-e2e").toAbsolutePath();
        Files.createDirectories(artifacts);
        Path output = artifacts.resolve("e2e-output.txt");
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-concurrency=1", "--test-reporter=spec", "e2e/")
                .directory(CONSOLE.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        node.environment().put("CONSOLE_BASE_URL", "http://localhost:" + api.port());
        node.environment().put("CONSOLE_ARTIFACTS", artifacts.toString());
        node.environment().put("CHROMIUM_PATH", chromium);
        Process run = node.start();
        boolean finished = run.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        String report = Files.readString(output);
        System.out.println(report);
        assertThat(finished).as("the browser tests finish within 15 minutes").isTrue();
        assertThat(run.exitValue()).as("the console's browser tests failed; their output (also in %s):%n%s", output,
                report.length() > 20_000 ? report.substring(report.length() - 20_000) : report).isZero();

        // the evaluation report the browser downloaded (e2e/reports.test.mjs): a PDF a person reads, in Chinese
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(artifacts.resolve("report-last-month.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("演示公司 Demo Company", "投诉评估报告", "产品质量");
        }
    }
}
