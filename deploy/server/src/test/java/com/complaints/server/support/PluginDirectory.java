package com.complaints.server.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The built-in plugin jars the build copied to {@code target/plugins} (Failsafe passes the path), and the settings
 * every test server uses with them: a fixed secrets key and short retry intervals.
 */
public final class PluginDirectory {

    /** A test-only AES-256 key (base64 of 32 bytes). */
    public static final String SECRETS_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private PluginDirectory() {
    }

    public static Path builtIn() {
        Path dir = Path.of(System.getProperty("complaints.test.plugins-dir", "target/plugins"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir.toAbsolutePath() + " is missing: build the plugins first (mvn verify does)");
        }
        return dir;
    }

    public static void register(DynamicPropertyRegistry registry, Path dir) {
        registry.add("complaints.plugins.dir", dir::toString);
        registry.add("complaints.secrets.key", () -> SECRETS_KEY);
        registry.add("complaints.plugins.first-retry", () -> "1s");
        registry.add("complaints.plugins.call-timeout", () -> "3s");
    }
}
