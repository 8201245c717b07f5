package com.complaints.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a directory of the console's browser tests ({@code node --test}, playwright-core driving Debian's Chromium)
 * against a server on a port, with their screenshots and output in {@code deploy/server/target/console-e2e/}, and
 * fails with their output when they fail. Chromium comes from {@code deploy/local/browser.sh}.
 */
public final class BrowserTests {

    public static final Path CONSOLE = Path.of("../../tenant-admin/console");
    public static final Path ARTIFACTS = Path.of("target/console-e2e").toAbsolutePath();

    private BrowserTests() {
    }

    /**
     * @param directory the tests' directory in the console ({@code e2e/})
     * @param output    the file, among the artifacts, their output goes to
     * @param extraEnv  more environment for the tests
     */
    public static void run(String directory, int port, String output, Map<String, String> extraEnv, Duration timeout)
            throws IOException, InterruptedException {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assertThat(Path.of(chromium)).as("Chromium for the browser tests: run deploy/local/browser.sh").isExecutable();
        assertThat(CONSOLE.resolve("node_modules/playwright-core")).as("the console's npm packages (built by Maven)").isDirectory();
        Files.createDirectories(ARTIFACTS);
        Path log = ARTIFACTS.resolve(output);
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-concurrency=1", "--test-reporter=spec", directory)
                .directory(CONSOLE.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        node.environment().put("CONSOLE_BASE_URL", "http://localhost:" + port);
        node.environment().put("CONSOLE_ARTIFACTS", ARTIFACTS.toString());
        node.environment().put("CHROMIUM_PATH", chromium);
        node.environment().putAll(extraEnv);
        Process run = node.start();
        boolean finished = run.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            run.destroyForcibly();
        }
        String report = Files.readString(log);
        System.out.println(report);
        assertThat(finished).as("the browser tests of %s finish within %s", directory, timeout).isTrue();
        assertThat(run.exitValue()).as("the browser tests of %s failed; their output (also in %s):%n%s", directory, log,
                report.length() > 20_000 ? report.substring(report.length() - 20_000) : report).isZero();
    }
}
