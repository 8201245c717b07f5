package com.complaints.server.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.complaints.server.plugin.misbehaving.BrokenNotifier;
import com.complaints.server.plugin.misbehaving.HangingChannel;
import com.complaints.server.plugin.misbehaving.OrphanChannel;
import com.complaints.server.plugin.misbehaving.TestPluginJars;
import com.complaints.server.plugin.misbehaving.ThrowingChannel;
import com.complaints.server.support.Api;
import com.complaints.server.support.ApiIntegrationTest;
import com.complaints.server.support.PluginDirectory;
import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Next to the built-in plugins: one that throws, one that hangs, one whose extension cannot be created, one whose
 * dependency is missing and one built for a future API. The server starts, says what is wrong with each, and the
 * good channels keep taking complaints in while the bad ones fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaints.security.dev-token.enabled=true",
        "complaints.demo.enabled=false",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=",
        "complaints.timers.poll-interval=100ms"
})
@ActiveProfiles("postgres")
class MisbehavingPluginsIT extends ApiIntegrationTest {

    @DynamicPropertySource
    static void pluginsWithBadOnes(DynamicPropertyRegistry registry) {
        ServerIntegrationTest.postgresAndRedis(registry);
        PluginDirectory.register(registry, directory());
    }

    private static Path directory() {
        try {
            Path dir = Files.createTempDirectory("misbehaving-plugins");
            try (var jars = Files.list(PluginDirectory.builtIn())) {
                for (Path jar : jars.toList()) {
                    Files.copy(jar, dir.resolve(jar.getFileName()));
                }
            }
            TestPluginJars.write(dir, "boom-plugin", ">=1.0.0 & <2.0.0", null, ThrowingChannel.class);
            TestPluginJars.write(dir, "sleepy-plugin", ">=1.0.0 & <2.0.0", null, HangingChannel.class);
            TestPluginJars.write(dir, "broken-plugin", ">=1.0.0 & <2.0.0", null, BrokenNotifier.class);
            TestPluginJars.write(dir, "needs-missing", ">=1.0.0 & <2.0.0", "absent-plugin", OrphanChannel.class);
            TestPluginJars.write(dir, "too-new", ">=2.0.0", null, OrphanChannel.class);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theServerStartsAndReportsEachPluginsStatus() {
        String admin = api.token(newTenant("status"), "admin", "TENANT_ADMIN", null);
        var catalogue = api.get("/api/v1/admin/channels", admin);
        Map<String, String> status = new HashMap<>();
        Map<String, String> problem = new HashMap<>();
        catalogue.body().get("plugins").forEach(p -> {
            status.put(p.get("id").asString(), p.get("status").asString());
            problem.put(p.get("id").asString(), p.get("problem").isNull() ? "" : p.get("problem").asString());
        });
        assertThat(status).containsEntry("channel-web", "STARTED").containsEntry("boom-plugin", "STARTED")
                .containsEntry("sleepy-plugin", "STARTED").containsEntry("broken-plugin", "FAILED")
                .containsEntry("needs-missing", "FAILED").containsEntry("too-new", "INCOMPATIBLE");
        assertThat(problem.get("too-new")).contains(">=2.0.0", "1.0.0");
        assertThat(problem.get("needs-missing")).contains("absent-plugin");
        assertThat(problem.get("broken-plugin")).contains("missing native library");
        assertThat(catalogue.raw().body()).doesNotContain("\"type\":\"orphan\"");
    }

    @Test
    void aThrowingOrHangingChannelFailsAloneWhileOtherChannelsAndTenantsGoOn() throws Exception {
        String tenant = newTenant("bad");
        String other = newTenant("good");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        assertThat(api.post("/api/v1/admin/channels", admin, Map.of("id", "boom", "type", "boom")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/admin/channels", admin, Map.of("id", "sleepy", "type", "sleepy")).status()).isEqualTo(201);

        var boom = api.post("/channels/" + tenant + "/boom/", null, "{}");
        assertThat(boom.status()).isEqualTo(502);
        assertThat(boom.contentType()).contains("problem+json");

        long started = System.nanoTime();
        CompletableFuture<Api.Response> hanging = CompletableFuture.supplyAsync(() -> api.post("/channels/" + tenant + "/sleepy/", null, "{}"));
        Map<String, Object> body = Map.of("consumer", Map.of("name", "A", "phone", "13800138000"),
                "subject", Map.of("type", "PRODUCT", "name", "X"), "description", "still works");
        assertThat(api.post("/channels/" + tenant + "/web/complaints", null, body).status()).isEqualTo(201);
        assertThat(api.post("/channels/" + other + "/web/complaints", null, body).status()).isEqualTo(201);
        var timedOut = hanging.get();
        assertThat(timedOut.status()).isEqualTo(504);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));

        var health = api.get("/api/v1/admin/channels/boom", admin).body().get("health");
        assertThat(health.get("failed").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(health.get("status").asString()).isIn("DEGRADED", "DOWN");
        assertThat(api.get("/api/v1/admin/channels/web", admin).body().get("health").get("status").asString()).isEqualTo("UP");
    }
}
