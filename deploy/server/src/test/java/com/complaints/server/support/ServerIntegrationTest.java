package com.complaints.server.support;

import com.complaints.testsupport.TestRedis;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the server's integration tests: the whole server on a random port against real PostgreSQL (profile
 * {@code postgres}, connecting as the non-owner application role), with the development token issuer enabled
 * explicitly. All subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaints.security.dev-token.enabled=true",
        "complaints.demo.enabled=false",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=",
        "complaints.timers.poll-interval=100ms",
        "complaints.timers.reconcile-interval=2s"
})
@ActiveProfiles("postgres")
public abstract class ServerIntegrationTest extends ApiIntegrationTest {

    /** The Redis sorted set of this test run's timer index. */
    protected static final String TIMER_KEY = "complaints:it:timers:" + ProcessHandle.current().pid();

    /** Attachment content of this test run. */
    protected static final Path ATTACHMENTS = Path.of(System.getProperty("java.io.tmpdir"),
            "complaints-it-attachments-" + ProcessHandle.current().pid());

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        postgresAndRedis(registry);
        PluginDirectory.register(registry, PluginDirectory.builtIn());
    }

    /** PostgreSQL (as the application role), Redis timers and attachment storage of this test run. */
    public static void postgresAndRedis(DynamicPropertyRegistry registry) {
        TestPostgres.Database db = TestPostgres.database();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", () -> TestPostgres.APP);
        registry.add("spring.datasource.password", () -> TestPostgres.APP_PASSWORD);
        registry.add("spring.flyway.user", () -> TestPostgres.OWNER);
        registry.add("spring.flyway.password", () -> TestPostgres.OWNER_PASSWORD);
        registry.add("spring.flyway.placeholders.app_role", () -> TestPostgres.APP);
        registry.add("complaints.attachments.directory", () -> ATTACHMENTS.toString());
        registry.add("complaints.timers.redis.address", TestRedis::url);
        registry.add("complaints.timers.redis-key", () -> TIMER_KEY);
    }
}
