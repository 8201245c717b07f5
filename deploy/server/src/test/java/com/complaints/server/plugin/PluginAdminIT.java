package com.complaints.server.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in plugins load from their jars, and tenant admins configure instances of them. */
class PluginAdminIT extends ServerIntegrationTest {

    @Test
    void everyBuiltInPluginIsStartedFromItsJar() {
        String tenant = newTenant("plugins");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        var channels = api.get("/api/v1/admin/channels", admin);
        assertThat(channels.status()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        channels.body().get("types").forEach(t -> types.add(t.get("type").asString()));
        assertThat(types).contains("web", "email", "phone", "onsite");
        List<String> started = new ArrayList<>();
        channels.body().get("plugins").forEach(p -> {
            if (p.get("status").asString().equals("STARTED")) {
                started.add(p.get("id").asString());
            }
        });
        assertThat(started).contains("channel-web", "channel-email", "channel-phone", "channel-onsite", "notifier-email",
                "notifier-sms", "notifier-webhook");
        var notifiers = api.get("/api/v1/admin/notifiers", admin);
        List<String> notifierTypes = new ArrayList<>();
        notifiers.body().get("types").forEach(t -> notifierTypes.add(t.get("type").asString()));
        assertThat(notifierTypes).contains("email", "sms", "webhook");
    }

    @Test
    void aNewTenantHasItsWebFormEnabled() {
        String tenant = newTenant("webdefault");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        var web = api.get("/api/v1/admin/channels/web", admin);
        assertThat(web.status()).isEqualTo(200);
        assertThat(web.body().get("enabled").asBoolean()).isTrue();
        assertThat(web.text("endpoint")).isEqualTo("/channels/" + tenant + "/web/");
    }

    @Test
    void settingsAreValidatedAgainstThePluginSchemaAndNothingIsKeptWhenInvalid() {
        String tenant = newTenant("schema");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        var invalid = api.post("/api/v1/admin/channels", admin, Map.of("id", "hotline", "type", "phone",
                "settings", Map.of("signingSecret", "short", "toleranceSeconds", 5, "extra", true)));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).contains("application/problem+json");
        List<String> fields = new ArrayList<>();
        invalid.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).anyMatch(f -> f.startsWith("settings"));
        assertThat(api.get("/api/v1/admin/channels/hotline", admin).status()).isEqualTo(404);

        var unknown = api.post("/api/v1/admin/channels", admin, Map.of("id", "fax", "type", "fax"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("type");
    }

    @Test
    void secretsAreStoredButNeverReturned() {
        String tenant = newTenant("secrets");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        var created = api.post("/api/v1/admin/channels", admin, Map.of("id", "hotline", "type", "phone",
                "settings", Map.of("signingSecret", "cti-secret-0123456789", "toleranceSeconds", 120)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.raw().body()).doesNotContain("cti-secret-0123456789");
        assertThat(created.body().get("settings").get("toleranceSeconds").asInt()).isEqualTo(120);
        assertThat(created.body().get("secretsSet").get(0).asString()).isEqualTo("signingSecret");

        // a change that leaves the secret out keeps it (the schema requires it, so this would fail otherwise)
        var changed = api.send(api.builder("/api/v1/admin/channels/hotline", admin, Map.of("If-Match", created.header("ETag")))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"settings\":{\"toleranceSeconds\":60}}")).build());
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.body().get("secretsSet").get(0).asString()).isEqualTo("signingSecret");
        assertThat(api.get("/api/v1/admin/channels/hotline", admin).raw().body()).doesNotContain("cti-secret");

        var stale = api.send(api.builder("/api/v1/admin/channels/hotline", admin, Map.of("If-Match", created.header("ETag")))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"settings\":{\"toleranceSeconds\":90}}")).build());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.post("/api/v1/admin/channels/hotline/test", admin, null).body().get("ok").asBoolean()).isTrue();
    }

    @Test
    void anotherTenantsInstancesAreInvisible() {
        String a = newTenant("iso-a");
        String b = newTenant("iso-b");
        String adminA = api.token(a, "admin", "TENANT_ADMIN", null);
        String adminB = api.token(b, "admin", "TENANT_ADMIN", null);
        assertThat(api.post("/api/v1/admin/notifiers", adminA, Map.of("id", "hook-a", "type", "webhook",
                "settings", Map.of("url", "http://127.0.0.1:9/hook", "secret", "0123456789abcdef0123")))
                .status()).isEqualTo(201);
        assertThat(api.get("/api/v1/admin/notifiers/hook-a", adminB).status()).isEqualTo(404);
        var listB = api.get("/api/v1/admin/notifiers", adminB);
        assertThat(listB.raw().body()).doesNotContain("hook-a");
        assertThat(api.post("/api/v1/admin/notifiers/hook-a/disable", adminB, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/admin/notifiers", api.token(a, "agent", "AGENT", null)).status()).isEqualTo(403);
    }

    @Test
    void templatesAreEditablePerLanguageAndCheckedForUnknownVariables() {
        String tenant = newTenant("templates");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        var list = api.get("/api/v1/admin/notification-templates", admin);
        assertThat(list.body().size()).isEqualTo(20);
        var bad = api.put("/api/v1/admin/notification-templates/CASE_RECEIVED/en", admin,
                Map.of("subject", "Case {{caseNumber}}", "body", "Hello {{nickname}}"));
        assertThat(bad.status()).isEqualTo(400);
        var ok = api.put("/api/v1/admin/notification-templates/CASE_RECEIVED/en", admin,
                Map.of("subject", "Case {{caseNumber}} registered", "body", "Code {{accessCode}}"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().get("customised").asBoolean()).isTrue();
        var reset = api.delete("/api/v1/admin/notification-templates/CASE_RECEIVED/en", admin);
        assertThat(reset.body().get("customised").asBoolean()).isFalse();
        assertThat(reset.text("subject")).isEqualTo("We received your complaint {{caseNumber}}");
    }
}
