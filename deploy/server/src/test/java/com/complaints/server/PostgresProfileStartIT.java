package com.complaints.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.complaints.ComplaintPlatformApplication;
import com.complaints.core.timer.DeadlineTimers;
import com.complaints.server.support.PluginDirectory;
import com.complaints.server.support.TestPostgres;

/**
 * The {@code postgres} profile as an operator starts it: a single node without Redis runs on the in-process timer
 * index, and a wrong Redis address stops the start with a message that names the setting.
 */
class PostgresProfileStartIT {

    private static Map<String, Object> postgres() {
        TestPostgres.Database db = TestPostgres.database();
        Map<String, Object> p = new HashMap<>();
        p.put("server.port", "0");
        p.put("spring.datasource.url", db.jdbcUrl());
        p.put("spring.datasource.username", TestPostgres.APP);
        p.put("spring.datasource.password", TestPostgres.APP_PASSWORD);
        p.put("spring.flyway.user", TestPostgres.OWNER);
        p.put("spring.flyway.password", TestPostgres.OWNER_PASSWORD);
        p.put("spring.flyway.placeholders.app_role", TestPostgres.APP);
        p.put("complaints.security.dev-token.enabled", "true");
        p.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
        p.put("complaints.plugins.dir", PluginDirectory.builtIn().toString());
        p.put("complaints.secrets.key", PluginDirectory.SECRETS_KEY);
        p.put("complaints.attachments.directory", System.getProperty("java.io.tmpdir") + "/complaints-profile-it");
        return p;
    }

    /** As command-line arguments, which take precedence over the profile's own file as an operator's settings do. */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    @Test
    void withoutRedisASingleNodeStartsOnTheInProcessIndex() {
        Map<String, Object> p = postgres();
        p.put("complaints.timers.redis.address", "");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ComplaintPlatformApplication.class)
                .profiles("postgres").run(arguments(p))) {
            assertThat(context.getBean(DeadlineTimers.class).getClass().getSimpleName()).isEqualTo("InProcessDeadlineTimers");
        }
    }

    @Test
    void aWrongRedisAddressStopsTheStartWithAMessageNamingTheSetting() {
        Map<String, Object> p = postgres();
        p.put("complaints.timers.redis.address", "redis://127.0.0.1:1");
        assertThatThrownBy(() -> new SpringApplicationBuilder(ComplaintPlatformApplication.class)
                .profiles("postgres").run(arguments(p)).close())
                .hasStackTraceContaining("complaints.timers.redis.address")
                .hasStackTraceContaining("COMPLAINTS_REDIS_ADDRESS");
    }
}
