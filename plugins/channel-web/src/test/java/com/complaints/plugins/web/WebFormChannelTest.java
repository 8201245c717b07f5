package com.complaints.plugins.web;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.complaints.plugin.api.ChannelResponse;
import com.complaints.plugin.api.IntakeChannel;
import com.complaints.plugin.testkit.PluginTestHost;
import com.complaints.plugin.testkit.TestChannelContext;
import com.complaints.plugin.testkit.TestRequests;

import static org.assertj.core.api.Assertions.assertThat;

class WebFormChannelTest {

    private static PluginTestHost host;
    private static IntakeChannel channel;

    @BeforeAll
    static void load() {
        host = PluginTestHost.ofThisModule();
        channel = host.channel("web");
    }

    @AfterAll
    static void unload() {
        host.close();
    }

    @Test
    void theFormIsAccessibleHtmlInBothLanguages() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of());
        String zh = channel.handle(TestRequests.get("/form").build(), ctx).bodyAsString();
        assertThat(zh).contains("<html lang=\"zh-CN\"", "<label for=\"name\">姓名 *</label>", "name=\"submissionId\"",
                "aria-required=\"true\"");
        String en = channel.handle(TestRequests.get("/form").locale(Locale.ENGLISH).build(), ctx).bodyAsString();
        assertThat(en).contains("<html lang=\"en\"", "Make a complaint", "<legend>About you</legend>");
    }

    @Test
    void aFormSubmissionBecomesOneCaseEvenWhenSentTwice() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of());
        String body = "submissionId=3f2b9c1e-1111-4a4a-9c9c-123456789abc&name=%E7%8E%8B%E8%8A%B3&phone=13800138000"
                + "&subjectType=PRODUCT&subjectName=%E7%A9%BA%E8%B0%83&description=%E4%B8%8D%E5%88%B6%E5%86%B7";
        ChannelResponse first = channel.handle(TestRequests.post("/form", body).build(), ctx);
        ChannelResponse again = channel.handle(TestRequests.post("/form", body).build(), ctx);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.bodyAsString()).contains("T-0001", "id=\"access-code\"");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.bodyAsString()).contains("T-0001").doesNotContain("id=\"access-code\"");
        assertThat(ctx.submitted()).hasSize(1);
        assertThat(ctx.submitted().getFirst().consumer().name()).isEqualTo("王芳");
        assertThat(ctx.submitted().getFirst().description()).isEqualTo("不制冷");
    }

    @Test
    void anIncompleteFormComesBackWithItsErrorsAndValues() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of());
        ChannelResponse r = channel.handle(TestRequests.post("/form", "name=Ann&subjectType=PRODUCT&subjectName=TV")
                .locale(Locale.ENGLISH).build(), ctx);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.bodyAsString()).contains("role=\"alert\"", "Describe the problem", "value=\"Ann\"");
        assertThat(ctx.submitted()).isEmpty();
    }

    @Test
    void jsonIntakeIsIdempotentPerKey() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of());
        String json = """
                {"consumer":{"name":"Ann Lee","email":"ann@example.com"},
                 "subject":{"type":"SERVICE","name":"Broadband"},
                 "description":"No connection since Monday","occurredAt":"2026-11-01"}""";
        ChannelResponse first = channel.handle(TestRequests.post("/complaints", json).header("Idempotency-Key", "k1").build(), ctx);
        ChannelResponse again = channel.handle(TestRequests.post("/complaints", json).header("Idempotency-Key", "k1").build(), ctx);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.bodyAsString()).contains("\"caseNumber\":\"T-0001\"", "\"duplicate\":false");
        assertThat(again.bodyAsString()).contains("\"accessCode\":null", "\"duplicate\":true");
        assertThat(ctx.submitted()).hasSize(1);
        assertThat(ctx.submitted().getFirst().channelMessageId()).isEqualTo("json:k1");
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterWhileOthersGoOn() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of("rateLimitPerMinute", 2));
        String json = "{\"consumer\":{\"name\":\"A\",\"phone\":\"13800138000\"},\"subject\":{\"type\":\"PRODUCT\",\"name\":\"X\"},\"description\":\"d\"}";
        assertThat(channel.handle(TestRequests.post("/complaints", json).from("198.51.100.1").build(), ctx).status()).isEqualTo(201);
        assertThat(channel.handle(TestRequests.post("/complaints", json).from("198.51.100.1").build(), ctx).status()).isEqualTo(201);
        ChannelResponse limited = channel.handle(TestRequests.post("/complaints", json).from("198.51.100.1").build(), ctx);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.headers().get("Retry-After"))).isBetween(1, 30);
        assertThat(channel.handle(TestRequests.post("/complaints", json).from("198.51.100.2").build(), ctx).status()).isEqualTo(201);
    }

    @Test
    void anOversizedBodyIsRefused() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of("maxBodyBytes", 1024));
        ChannelResponse r = channel.handle(TestRequests.post("/complaints", "{\"description\":\"" + "x".repeat(2000) + "\"}").build(), ctx);
        assertThat(r.status()).isEqualTo(413);
        assertThat(ctx.submitted()).isEmpty();
    }

    @Test
    void withACaptchaConfiguredASubmissionWithoutTokenIsRefused() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of("captchaVerifyUrl", "http://127.0.0.1:9/verify", "captchaSecret", "s"));
        String json = "{\"consumer\":{\"name\":\"A\",\"phone\":\"13800138000\"},\"subject\":{\"type\":\"PRODUCT\",\"name\":\"X\"},\"description\":\"d\"}";
        ChannelResponse r = channel.handle(TestRequests.post("/complaints", json).build(), ctx);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.bodyAsString()).contains("captcha-failed");
        assertThat(ctx.submitted()).isEmpty();
    }

    @Test
    void thePluginIsLoadedInItsOwnClassLoader() {
        assertThat(channel.getClass().getClassLoader()).isSameAs(host.pluginClassLoader());
    }
}
