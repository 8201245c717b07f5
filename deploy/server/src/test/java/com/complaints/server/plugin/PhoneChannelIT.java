package com.complaints.server.plugin;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api;
import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** CTI events → call records → a complaint taken from a call; the three-ring answering share. */
class PhoneChannelIT extends ServerIntegrationTest {

    private static final String SECRET = "cti-signing-secret-0001";

    private Api.Response events(String tenant, String channel, String secret, String body) {
        String ts = Long.toString(Instant.now().getEpochSecond());
        return api.send(api.builder("/channels/" + tenant + "/" + channel + "/events", null,
                        Map.of("X-Timestamp", ts, "X-Signature", "sha256=" + hmac(secret, ts + "." + body),
                                "Content-Type", "application/json"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void hotline(String tenant, String secret) {
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        assertThat(api.post("/api/v1/admin/channels", admin, Map.of("id", "hotline", "type", "phone",
                "settings", Map.of("signingSecret", secret))).status()).isEqualTo(201);
    }

    @Test
    void callsAreRecordedOnceAndAComplaintIsTakenFromOne() {
        String tenant = newTenant("cti");
        hotline(tenant, SECRET);
        String now = Instant.now().toString();
        String body = """
                [{"eventId":"e1","callId":"c1","type":"RINGING","at":"%1$s","callerNumber":"13812345678"},
                 {"eventId":"e2","callId":"c1","type":"ANSWERED","at":"%1$s","agentId":"agent.1","ringCount":2},
                 {"eventId":"e3","callId":"c1","type":"ENDED","at":"%1$s","recordingRef":"rec/c1.wav"},
                 {"eventId":"e4","callId":"c2","type":"RINGING","at":"%1$s","callerNumber":"13900000000"},
                 {"eventId":"e5","callId":"c2","type":"ENDED","at":"%1$s"},
                 {"eventId":"e6","callId":"c3","type":"ANSWERED","at":"%1$s","ringCount":5}]""".formatted(now);
        assertThat(events(tenant, "hotline", SECRET, body).status()).isEqualTo(202);
        assertThat(events(tenant, "hotline", SECRET, body).status()).isEqualTo(202);

        String agent = api.token(tenant, "agent.1", "AGENT", null);
        var calls = api.get("/api/v1/calls", agent);
        assertThat(calls.body().get("totalItems").asInt()).isEqualTo(3);
        var metrics = api.get("/api/v1/calls/metrics", agent);
        assertThat(metrics.body().get("calls").asInt()).isEqualTo(3);
        assertThat(metrics.body().get("answered").asInt()).isEqualTo(2);
        assertThat(metrics.body().get("answeredWithinThreeRings").asInt()).isEqualTo(1);
        assertThat(metrics.body().get("abandoned").asInt()).isEqualTo(1);
        assertThat(metrics.body().get("withinThreeRingsShare").asDouble()).isEqualTo(0.3333);

        String c1 = null;
        for (var c : calls.body().get("items")) {
            if (c.get("callId").asString().equals("c1")) {
                c1 = c.get("id").asString();
                assertThat(c.get("ringCount").asInt()).isEqualTo(2);
                assertThat(c.get("answeredWithinThreeRings").asBoolean()).isTrue();
            }
        }
        Map<String, Object> complaint = Map.of("consumer", Map.of("name", "钱女士"),
                "subject", Map.of("type", "SERVICE", "name", "上门安装"), "description", "安装师傅迟到三小时");
        var taken = api.post("/api/v1/calls/" + c1 + "/complaint", agent, complaint);
        assertThat(taken.status()).as(taken.raw().body()).isEqualTo(201);
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        var caseView = api.get("/api/v1/complaints/" + taken.text("id"), sup);
        assertThat(caseView.text("channel")).isEqualTo("phone");
        assertThat(caseView.body().get("consumer").get("phone").asString()).isEqualTo("****5678");
        var contact = api.post("/api/v1/complaints/" + taken.text("id") + "/contact/reveal", sup, null);
        assertThat(contact.text("phone")).isEqualTo("13812345678");
        assertThat(api.get("/api/v1/calls/" + c1, agent).text("complaintId")).isEqualTo(taken.text("id"));
        assertThat(api.post("/api/v1/calls/" + c1 + "/complaint", agent, complaint).status()).isEqualTo(409);
    }

    @Test
    void aForgedOrMisdirectedEventCreatesNothingInAnyTenant() {
        String a = newTenant("cti-a");
        String b = newTenant("cti-b");
        hotline(a, SECRET);
        hotline(b, "another-tenant-secret-02");
        String body = "{\"eventId\":\"x1\",\"callId\":\"x1\",\"type\":\"RINGING\",\"at\":\"" + Instant.now() + "\"}";
        // signed with a's secret, sent to b's path: b's secret does not verify it
        assertThat(events(b, "hotline", SECRET, body).status()).isEqualTo(401);
        // unsigned
        assertThat(events(a, "hotline", "wrong-secret-wrong-secret", body).status()).isEqualTo(401);
        // a tenant without this channel
        String c = newTenant("cti-c");
        assertThat(events(c, "hotline", SECRET, body).status()).isEqualTo(404);
        for (String t : new String[] {a, b, c}) {
            assertThat(api.get("/api/v1/calls", api.token(t, "agent", "AGENT", null)).body().get("totalItems").asInt())
                    .isZero();
        }
    }
}
