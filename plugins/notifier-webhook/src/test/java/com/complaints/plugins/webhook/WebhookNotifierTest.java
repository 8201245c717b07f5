package com.complaints.plugins.webhook;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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

class WebhookNotifierTest {

    private static final String SECRET = "whsec-0123456789abcdef";
    private HttpServer receiver;
    private final AtomicReference<byte[]> body = new AtomicReference<>();
    private final AtomicReference<String> signature = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private PluginTestHost host;
    private Notifier notifier;

    @BeforeEach
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            body.set(exchange.getRequestBody().readAllBytes());
            signature.set(exchange.getRequestHeaders().getFirst("X-Complaints-Signature"));
            if (status.get() == 503) {
                exchange.getResponseHeaders().add("Retry-After", "120");
            }
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        receiver.start();
        host = PluginTestHost.ofThisModule();
        notifier = host.notifier("webhook");
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        host.close();
    }

    private TestPluginContext context() {
        return new TestPluginContext("acme", "hook", Map.of("url",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "secret", SECRET));
    }

    @Test
    void theReceiverCanVerifyTheSignature() throws Exception {
        var ctx = context();
        var result = notifier.deliver(TestNotifications.caseReceived(Notification.Kind.ENDPOINT, null), ctx);
        assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
        String ts = Long.toString(ctx.clock().instant().getEpochSecond());
        assertThat(signature.get()).isEqualTo("t=" + ts + ",v1=" + WebhookNotifier.sign(SECRET, ts, body.get()));
        assertThat(new String(body.get(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"event\":\"CASE_RECEIVED\"",
                "\"caseNumber\":\"2026-11-000001\"");
    }

    @Test
    void unavailableIsRetriedWithTheReceiversHint() throws Exception {
        status.set(503);
        var result = notifier.deliver(TestNotifications.caseReceived(Notification.Kind.ENDPOINT, null), context());
        assertThat(result).isEqualTo(new DeliveryResult.RetryableFailure("webhook answered 503", Duration.ofSeconds(120)));
    }

    @Test
    void goneIsPermanent() throws Exception {
        status.set(410);
        assertThat(notifier.deliver(TestNotifications.caseReceived(Notification.Kind.ENDPOINT, null), context()))
                .isInstanceOf(DeliveryResult.PermanentFailure.class);
    }
}
