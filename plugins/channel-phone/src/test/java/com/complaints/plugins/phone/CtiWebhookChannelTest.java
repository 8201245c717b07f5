package com.complaints.plugins.phone;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.complaints.plugin.api.CallEvent;
import com.complaints.plugin.api.IntakeChannel;
import com.complaints.plugin.testkit.PluginTestHost;
import com.complaints.plugin.testkit.TestChannelContext;
import com.complaints.plugin.testkit.TestRequests;

import static org.assertj.core.api.Assertions.assertThat;

class CtiWebhookChannelTest {

    private static final String SECRET = "0123456789abcdef-secret";
    private static PluginTestHost host;
    private static IntakeChannel channel;

    @BeforeAll
    static void load() {
        host = PluginTestHost.ofThisModule();
        channel = host.channel("phone");
    }

    @AfterAll
    static void unload() {
        host.close();
    }

    private static TestRequests signed(String body, long ts, String secret) {
        return TestRequests.post("/events", body).header("X-Timestamp", Long.toString(ts))
                .header("X-Signature", "sha256=" + Signatures.sign(secret, Long.toString(ts), body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void signedEventsAreRecordedOnceEach() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of("signingSecret", SECRET));
        long now = ctx.clock().instant().getEpochSecond();
        String body = """
                [{"eventId":"e1","callId":"c1","type":"RINGING","at":"2026-11-02T01:59:50Z","callerNumber":"13800138000"},
                 {"eventId":"e2","callId":"c1","type":"ANSWERED","at":"2026-11-02T01:59:58Z","agentId":"li.lei","ringCount":2}]""";
        assertThat(channel.handle(signed(body, now, SECRET).build(), ctx).status()).isEqualTo(202);
        assertThat(channel.handle(signed(body, now, SECRET).build(), ctx).status()).isEqualTo(202);
        assertThat(ctx.calls()).extracting(CallEvent::eventId).containsExactly("e1", "e2");
        assertThat(ctx.calls().get(1).ringCount()).isEqualTo(2);
    }

    @Test
    void aWrongSignatureOrAnOldTimestampIsRefused() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of("signingSecret", SECRET));
        long now = ctx.clock().instant().getEpochSecond();
        String body = "{\"eventId\":\"e1\",\"callId\":\"c1\",\"type\":\"RINGING\",\"at\":\"2026-11-02T01:59:50Z\"}";
        assertThat(channel.handle(signed(body, now, "another-secret-of-16").build(), ctx).status()).isEqualTo(401);
        assertThat(channel.handle(signed(body, now - 3600, SECRET).build(), ctx).bodyAsString()).contains("stale-request");
        assertThat(ctx.calls()).isEmpty();
    }

    @Test
    void malformedEventsAreA400() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of("signingSecret", SECRET));
        long now = ctx.clock().instant().getEpochSecond();
        String body = "{\"eventId\":\"e1\",\"callId\":\"c1\",\"type\":\"HUNG\",\"at\":\"2026-11-02T01:59:50Z\"}";
        var r = channel.handle(signed(body, now, SECRET).build(), ctx);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.bodyAsString()).contains("RINGING, ANSWERED or ENDED");
    }
}
