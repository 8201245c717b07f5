package com.complaints.server.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default exactly as the run command starts it (H2, development issuer, demo tenant), except that
 * the H2 database lives in memory for the test
 * and the plugins come from the build's plugin directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:embedded-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "complaints.attachments.directory=${java.io.tmpdir}/complaints-embedded-it-attachments"
})
public abstract class EmbeddedServerIntegrationTest extends ApiIntegrationTest {

    @DynamicPropertySource
    static void plugins(DynamicPropertyRegistry registry) {
        PluginDirectory.register(registry, PluginDirectory.builtIn());
    }
}
