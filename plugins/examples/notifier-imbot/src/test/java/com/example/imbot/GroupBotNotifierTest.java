package com.example.imbot;

import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.complaints.plugin.api.DeliveryResult;
import com.complaints.plugin.api.Notification;
import com.complaints.plugin.api.Notifier;
import com.complaints.plugin.testkit.PluginTestHost;
import com.complaints.plugin.testkit.TestNotifications;
import com.complaints.plugin.testkit.TestPluginContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Written with the plugin test kit only, against a stub of the bot's webhook. */
class GroupBotNotifierTest {

    private HttpServer bot;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> query = new AtomicReference<>();
    private final AtomicReference<String> answer = new AtomicReference<>("{\"errcode\":0,\"errmsg\":\"ok\"}");
    private PluginTestHost host;
    private Notifier notifier;

    @BeforeEach
    void start() throws Exception {
        bot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bot.createContext("/robot/send", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            query.set(exchange.getRequestURI().getRawQuery());
            byte[] out = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        bot.start();
        host = PluginTestHost.ofThisModule();
        notifier = host.notifier("imbot");
    }

    @AfterEach
    void stop() {
        bot.stop(0);
        host.close();
    }

    private TestPluginContext context() {
        return new TestPluginContext("acme", "ops-group", Map.of("webhookUrl",
                "http://127.0.0.1:" + bot.getAddress().getPort() + "/robot/send?access_token=t", "signingSecret", "SECbot"));
    }

    @Test
    void theGroupGetsASignedTextMessage() throws Exception {
        var ctx = context();
        var result = notifier.deliver(TestNotifications.caseReceived(Notification.Kind.ENDPOINT, null), ctx);
        assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(body.get()).contains("\"msgtype\":\"text\"", "您的投诉已受理");
        long ts = ctx.clock().millis();
        assertThat(URLDecoder.decode(query.get(), StandardCharsets.UTF_8))
                .contains("timestamp=" + ts, "sign=" + GroupBotNotifier.sign("SECbot", ts));
    }

    @Test
    void rateLimitsAreRetriedOtherErrorsAreNot() throws Exception {
        answer.set("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
        assertThat(notifier.deliver(TestNotifications.caseReceived(Notification.Kind.ENDPOINT, null), context()))
                .isInstanceOf(DeliveryResult.RetryableFailure.class);
        answer.set("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");
        assertThat(notifier.deliver(TestNotifications.caseReceived(Notification.Kind.ENDPOINT, null), context()))
                .isInstanceOf(DeliveryResult.PermanentFailure.class);
    }
}
