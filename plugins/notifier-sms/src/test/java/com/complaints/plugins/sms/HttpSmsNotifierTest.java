package com.complaints.plugins.sms;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

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

class HttpSmsNotifierTest {

    private HttpServer gateway;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> auth = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private PluginTestHost host;
    private Notifier notifier;

    @BeforeEach
    void start() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/send", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            auth.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        gateway.start();
        host = PluginTestHost.ofThisModule();
        notifier = host.notifier("sms");
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
        host.close();
    }

    private TestPluginContext context() {
        return new TestPluginContext("acme", "sms-main", Map.of("url", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/send",
                "authorization", "Bearer t0ken", "sender", "ACME"));
    }

    @Test
    void theGatewayGetsTheTemplatedRequest() throws Exception {
        var result = notifier.deliver(TestNotifications.caseReceived(Notification.Kind.PHONE, "13800138000"), context());
        assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(bodies.getFirst()).contains("\"to\":\"13800138000\"", "查询码 K7P2Q9", "\"sender\":\"ACME\"");
        assertThat(auth.getFirst()).isEqualTo("Bearer t0ken");
    }

    @Test
    void serverErrorsAreRetriedAndClientErrorsAreNot() throws Exception {
        status.set(503);
        assertThat(notifier.deliver(TestNotifications.caseReceived(Notification.Kind.PHONE, "13800138000"), context()))
                .isInstanceOf(DeliveryResult.RetryableFailure.class);
        status.set(400);
        assertThat(notifier.deliver(TestNotifications.caseReceived(Notification.Kind.PHONE, "13800138000"), context()))
                .isInstanceOf(DeliveryResult.PermanentFailure.class);
    }

    @Test
    void formTemplatesAreUrlEncoded() {
        assertThat(HttpSmsNotifier.fill("to={{to}}&msg={{text}}", Map.of("to", "+86 1", "text", "a&b=c"), false))
                .isEqualTo("to=%2B86+1&msg=a%26b%3Dc");
    }
}
