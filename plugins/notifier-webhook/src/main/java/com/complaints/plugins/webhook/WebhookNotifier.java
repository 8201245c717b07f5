package com.complaints.plugins.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.pf4j.Extension;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.complaints.plugin.api.ConfigSchema;
import com.complaints.plugin.api.DeliveryResult;
import com.complaints.plugin.api.Notification;
import com.complaints.plugin.api.Notifier;
import com.complaints.plugin.api.PluginContext;

/**
 * Posts each notification as JSON to the tenant's URL. The receiver checks
 * {@code X-Complaints-Signature: t=<epoch seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>} and rejects old
 * timestamps (replay); {@code X-Complaints-Delivery} is the same on every retry, so repeats can be dropped.
 * 2xx is delivered; 408, 425, 429 and 5xx are retried (honouring {@code Retry-After}); other 4xx fail for good.
 */
@Extension
public class WebhookNotifier implements Notifier {

    static final String SIGNATURE_HEADER = "X-Complaints-Signature";
    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "url": {"type": "string", "format": "uri", "pattern": "^https?://", "maxLength": 500},
                "secret": {"type": "string", "minLength": 16, "maxLength": 200, "writeOnly": true},
                "timeoutSeconds": {"type": "integer", "minimum": 1, "maximum": 30, "default": 8}
              },
              "required": ["url", "secret"],
              "additionalProperties": false
            }""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String type() {
        return "webhook";
    }

    @Override
    public String displayName() {
        return "Webhook (signed JSON)";
    }

    @Override
    public Notification.Kind recipientKind() {
        return Notification.Kind.ENDPOINT;
    }

    @Override
    public ConfigSchema configSchema() {
        return new ConfigSchema(SCHEMA);
    }

    @Override
    public DeliveryResult deliver(Notification n, PluginContext context) throws IOException, InterruptedException {
        ObjectNode payload = json.createObjectNode();
        payload.put("id", n.id());
        payload.put("tenant", n.tenantId());
        payload.put("event", n.event());
        payload.put("caseNumber", n.caseNumber());
        payload.put("locale", n.locale());
        payload.put("recipient", n.recipient().label());
        payload.put("subject", n.subject());
        payload.put("text", n.body());
        ObjectNode variables = payload.putObject("variables");
        n.variables().forEach(variables::put);
        payload.put("createdAt", n.createdAt() == null ? null : n.createdAt().toString());
        byte[] body = json.writeValueAsBytes(payload);
        String timestamp = Long.toString(context.clock().instant().getEpochSecond());
        String secret = context.settings().require("secret");
        HttpRequest request = HttpRequest.newBuilder(URI.create(context.settings().require("url")))
                .timeout(Duration.ofSeconds(context.settings().getInt("timeoutSeconds", 8)))
                .header("Content-Type", "application/json")
                .header("User-Agent", "complaint-platform-webhook/1")
                .header("X-Complaints-Event", n.event())
                .header("X-Complaints-Delivery", n.id())
                .header("X-Complaints-Timestamp", timestamp)
                .header(SIGNATURE_HEADER, "t=" + timestamp + ",v1=" + sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return DeliveryResult.retry("webhook unreachable: " + e.getClass().getSimpleName());
        }
        return outcome(response);
    }

    static DeliveryResult outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status / 100 == 2) {
            return DeliveryResult.delivered(response.headers().firstValue("X-Request-Id").orElse("HTTP " + status));
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            Duration after = response.headers().firstValue("Retry-After").flatMap(WebhookNotifier::seconds).orElse(null);
            return DeliveryResult.retryAfter("webhook answered " + status, after);
        }
        return DeliveryResult.permanent("webhook refused with " + status);
    }

    private static java.util.Optional<Duration> seconds(String value) {
        try {
            return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** hex(HMAC-SHA256(secret, timestamp + "." + body)): what receivers recompute. */
    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
