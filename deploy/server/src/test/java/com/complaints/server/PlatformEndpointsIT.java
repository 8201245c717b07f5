package com.complaints.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

class PlatformEndpointsIT extends ServerIntegrationTest {

    @Test
    void openApiAndHealthArePublic() {
        Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").propertyNames()).contains("/api/v1/complaints",
                "/api/v1/complaints/{id}/transfers/{transferId}/acknowledge", "/api/v1/admin/departments",
                "/api/v1/platform/tenants", "/public/{tenant}/complaints");
        Response health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
    }

    @Test
    void metricsAreForOperatorsOnly() {
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        String tenantAdmin = api.token(newTenant("metrics"), "root", "TENANT_ADMIN", null);
        assertThat(api.get("/actuator/prometheus", tenantAdmin).status()).isEqualTo(403);
        var scrape = api.send(api.builder("/actuator/prometheus", api.token("platform", "op", "PLATFORM_OPERATOR", null),
                Map.of()).GET().build());
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.raw().body()).contains("http_server_requests");
    }

    @Test
    void operatorsReadThePlatformsHealth() {
        String tenantAdmin = api.token(newTenant("health"), "root", "TENANT_ADMIN", null);
        assertThat(api.get("/api/v1/platform/health", tenantAdmin).status()).isEqualTo(403);
        var health = api.get("/api/v1/platform/health", api.token("platform", "op", "PLATFORM_OPERATOR", null));
        assertThat(health.status()).as(health.raw().body()).isEqualTo(200);
        assertThat(health.text("status")).isIn("UP", "DEGRADED");
        assertThat(health.body().get("components").toString()).contains("\"name\":\"db\"", "\"status\":\"UP\"");
        assertThat(health.body().get("plugins").toString()).contains("notifier-webhook", "channel-web");
        assertThat(health.body().get("timerLateness").isObject()).isTrue();
    }

    @Test
    void missingOrForgedTokensAre401Problems() {
        Response none = api.get("/api/v1/complaints", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        String token = api.token(newTenant("forge"), "alice", "AGENT", null);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        Response bad = api.get("/api/v1/complaints", forged);
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    void tokensOfUnprovisionedTenantsAreRefused() {
        Response r = api.send(api.builder("/dev/token", null, Map.of())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("tenant=ghost-tenant&user=x&roles=AGENT,WIZARD")).build());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors")).hasSize(2);
    }

    @Test
    void unknownPathsAreProblemsToo() {
        String token = api.token(newTenant("paths"), "alice", "AGENT", null);
        Response r = api.get("/api/v1/nothing-here", token);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        Response wrongMethod = api.send(api.builder("/api/v1/complaints", token, Map.of()).DELETE().build());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        assertThat(URI.create(r.text("instance")).getPath()).isEqualTo("/api/v1/nothing-here");
    }
}
