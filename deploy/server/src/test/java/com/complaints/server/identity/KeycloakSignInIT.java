package com.complaints.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import com.complaints.server.support.Api;
import com.complaints.server.support.BrowserTests;
import com.complaints.server.support.PluginDirectory;
import com.complaints.server.support.ServerNodes;
import com.complaints.server.support.TestKeycloak;
import com.complaints.server.support.TestPostgres;

/**
 * The deployment's identity end to end: a server on the {@code postgres} and {@code keycloak} profiles (the demo
 * tenant seeded, its organization linked, not created twice) against the real Keycloak the test command starts, and
 * the browser test {@code tenant-admin/console/e2e-identity/keycloak.test.mjs} signing in through Keycloak's login page
 * in Chromium. The console client's access tokens live 20 s during the test, so that renewal and expiry are seen.
 */
class KeycloakSignInIT {

    private static final int TOKEN_SECONDS = 20;

    private static ServerNodes nodes;
    private static ConfigurableApplicationContext node;
    private static Api api;

    @BeforeAll
    static void start() {
        TestKeycloak.requireRunning();
        nodes = new ServerNodes(TestPostgres.separateDatabase("keycloak"), "complaints:it:keycloak:" + ProcessHandle.current().pid());
        node = nodes.start(new String[] {"postgres", "keycloak"}, Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestKeycloak.issuer(),
                "complaints.security.dev-token.enabled", "false",
                "complaints.identity.keycloak.url", TestKeycloak.url(),
                "complaints.identity.keycloak.client-secret", TestKeycloak.PROVISIONER_SECRET,
                "complaints.demo.enabled", "true",
                "complaints.plugins.dir", PluginDirectory.builtIn().toString()), context -> { });
        api = new Api(ServerNodes.port(node));
        TestKeycloak.fitConsoleClient(api.port(), TOKEN_SECONDS);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            TestKeycloak.fitConsoleClient(api.port(), 0);
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void theConsoleSignsInThroughKeycloak() throws Exception {
        BrowserTests.run("e2e-identity/", api.port(), "keycloak-output.txt", Map.of("KEYCLOAK_URL", TestKeycloak.url(),
                "KEYCLOAK_TOKEN_LIFETIME", Integer.toString(TOKEN_SECONDS)), Duration.ofMinutes(8));
    }

    @Test
    void theDemoTenantIsLinkedToItsOrganizationNotCreatedAgain() {
        assertThat(TestKeycloak.organizationsWithAlias("demo")).isEqualTo(1);
    }

    @Test
    void tokensOfAnotherRealmOrNoneAreRefusedAndAServiceAccountIsBoundToItsTenant() {
        assertThat(api.get("/api/v1/complaints", TestKeycloak.masterAdminToken()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/complaints", null).status()).isEqualTo(401);
        String service = TestKeycloak.clientToken(TestKeycloak.REALM, "demo-integrations", TestKeycloak.DEMO_SERVICE_SECRET);
        var page = api.get("/api/v1/complaints?size=1", service);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("totalItems").asLong()).isPositive();
        // the provisioning client is no tenant's staff: it has no organization and no tenant claim
        String provisioner = TestKeycloak.clientToken(TestKeycloak.REALM, "complaint-provisioner", TestKeycloak.PROVISIONER_SECRET);
        assertThat(api.get("/api/v1/complaints", provisioner).status()).isEqualTo(401);
    }
}
