package com.complaints.server.plugin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.complaints.server.support.Eventually;
import com.complaints.server.support.HttpStub;
import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications leave through the outbox: the SMS gateway stub gets the templated request, the webhook receiver
 * verifies the signature, failures are retried with back-off, permanent failures go to the dead-letter list and
 * can be sent again; every outcome is in the case's timeline.
 */
class NotifierIT extends ServerIntegrationTest {

    private static final String HOOK_SECRET = "whsec-notifier-it-000001";
    private HttpStub stub;

    @BeforeEach
    void start() throws Exception {
        stub = new HttpStub();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private String intake(String tenant) {
        var r = api.post("/api/v1/complaints", api.token(tenant, "agent", "AGENT", null), complaintBody("电热水壶 K1"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.text("id");
    }

    @Test
    void theSmsGatewayReceivesTheTenantsTemplateAndRetriesAreBackedOff() {
        String tenant = newTenant("sms");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        assertThat(api.put("/api/v1/admin/notification-templates/CASE_RECEIVED/zh-CN", admin,
                Map.of("subject", "受理 {{caseNumber}}", "body", "{{consumerName}}您好，编号{{caseNumber}}，查询码{{accessCode}}。"))
                .status()).isEqualTo(200);
        assertThat(api.post("/api/v1/admin/notifiers", admin, Map.of("id", "sms", "type", "sms",
                "settings", Map.of("url", stub.url("/sms/send"), "authorization", "Bearer gw-token", "sender", "ACME")))
                .status()).isEqualTo(201);
        stub.answer(503);
        String id = intake(tenant);

        var received = Eventually.until(Duration.ofSeconds(20), stub::received, l -> l.size() == 2, "a retry after the 503");
        String body = received.get(1).body();
        assertThat(body).contains("\"to\":\"+86 138 0013 8000\"".replace(" ", "")).contains("张三您好", "查询码");
        assertThat(received.get(1).header("Authorization")).isEqualTo("Bearer gw-token");
        assertThat(received.get(0).body()).isEqualTo(received.get(1).body());

        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        var timeline = Eventually.until(Duration.ofSeconds(10), () -> api.get("/api/v1/complaints/" + id + "/timeline", sup),
                r -> r.raw().body().contains("NOTIFICATION_DELIVERED"), "the delivery in the timeline");
        assertThat(timeline.raw().body()).contains("CASE_RECEIVED to consumer via sms");
        var log = api.get("/api/v1/admin/notifiers/deliveries?status=DELIVERED", admin);
        assertThat(log.body().get("items").get(0).get("attempts").asInt()).isEqualTo(2);
        assertThat(log.raw().body()).doesNotContain("13800138000");
    }

    @Test
    void aPermanentFailureGoesToTheDeadLettersAndCanBeSentAgain() {
        String tenant = newTenant("dead");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        assertThat(api.post("/api/v1/admin/notifiers", admin, Map.of("id", "sms", "type", "sms",
                "settings", Map.of("url", stub.url("/sms/send")))).status()).isEqualTo(201);
        stub.answer(400);
        String id = intake(tenant);
        var dead = Eventually.until(Duration.ofSeconds(15), () -> api.get("/api/v1/admin/notifiers/dead-letters", admin),
                r -> r.body().get("totalItems").asInt() == 1, "the dead letter");
        assertThat(dead.body().get("items").get(0).get("lastError").asString()).contains("400");
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        assertThat(api.get("/api/v1/complaints/" + id + "/timeline", sup).raw().body()).contains("NOTIFICATION_FAILED");

        String deliveryId = dead.body().get("items").get(0).get("id").asString();
        assertThat(api.post("/api/v1/admin/notifiers/dead-letters/" + deliveryId + "/retry", admin, null).status()).isEqualTo(200);
        Eventually.until(Duration.ofSeconds(15), () -> api.get("/api/v1/admin/notifiers/deliveries?status=DELIVERED", admin),
                r -> r.body().get("totalItems").asInt() == 1, "the retried delivery");
        assertThat(stub.received()).hasSize(2);
        assertThat(api.get("/api/v1/admin/notifiers/dead-letters", admin).body().get("totalItems").asInt()).isZero();
        assertThat(api.post("/api/v1/admin/notifiers/dead-letters/" + deliveryId + "/retry", admin, null).status())
                .isEqualTo(409);
        // another tenant's admin cannot see or retry it
        String otherAdmin = api.token(newTenant("dead-other"), "admin", "TENANT_ADMIN", null);
        assertThat(api.post("/api/v1/admin/notifiers/dead-letters/" + deliveryId + "/retry", otherAdmin, null).status())
                .isEqualTo(404);
    }

    @Test
    void theWebhookReceiverVerifiesTheSignatureAndNeverSeesTheAccessCode() {
        String tenant = newTenant("hook");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        assertThat(api.post("/api/v1/admin/notifiers", admin, Map.of("id", "hook", "type", "webhook",
                "events", java.util.List.of("CASE_RECEIVED", "SLA_BREACHED"),
                "settings", Map.of("url", stub.url("/hook"), "secret", HOOK_SECRET))).status()).isEqualTo(201);
        intake(tenant);
        var received = Eventually.until(Duration.ofSeconds(15), stub::received, l -> !l.isEmpty(), "the webhook").getFirst();
        String signature = received.header("X-Complaints-Signature");
        String ts = signature.substring(2, signature.indexOf(','));
        assertThat(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(ts))).isLessThan(60);
        assertThat(signature).endsWith("v1=" + PhoneChannelIT.hmac(HOOK_SECRET, ts + "." + received.body()));
        assertThat(received.body()).contains("\"event\":\"CASE_RECEIVED\"").doesNotContain("accessCode");
        assertThat(new String(received.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains(tenant.toUpperCase());

        var test = api.post("/api/v1/admin/notifiers/hook/test", admin, null);
        assertThat(test.body().get("ok").asBoolean()).isTrue();
    }

    @Test
    void aTemplateIsPreviewedWithASampleCaseWithoutSavingIt() {
        String tenant = newTenant("tpl-preview");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        var preview = api.post("/api/v1/admin/notification-templates/CASE_RECEIVED/en/preview", admin,
                Map.of("subject", "{{tenantName}}: {{caseNumber}}", "body", "Dear {{consumerName}}, code {{accessCode}}."));
        assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
        assertThat(preview.text("subject")).endsWith(": " + tenant.toUpperCase(java.util.Locale.ROOT) + "-2026-000123");
        assertThat(preview.text("body")).isEqualTo("Dear Zhang San, code K7Q2MX.");
        var wrong = api.post("/api/v1/admin/notification-templates/CASE_RECEIVED/en/preview", admin,
                Map.of("subject", "x", "body", "{{solution}}"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.raw().body()).contains("unknown-variable");
        assertThat(api.get("/api/v1/admin/notification-templates/CASE_RECEIVED/en", admin).body().get("customised").asBoolean())
                .isFalse();
    }

    @Test
    void unknownEventsAreRefused() {
        String tenant = newTenant("hook-bad");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        var r = api.post("/api/v1/admin/notifiers", admin, Map.of("id", "hook", "type", "webhook",
                "events", java.util.List.of("CASE_EXPLODED"),
                "settings", Map.of("url", stub.url("/hook"), "secret", HOOK_SECRET)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("events");
    }
}
