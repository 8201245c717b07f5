package com.complaints.plugins.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pf4j.Extension;

import com.complaints.plugin.api.ConfigSchema;
import com.complaints.plugin.api.DeliveryResult;
import com.complaints.plugin.api.Notification;
import com.complaints.plugin.api.Notifier;
import com.complaints.plugin.api.PluginContext;

/**
 * SMS through a generic HTTP gateway: the tenant configures the URL, the {@code Authorization} header value (a
 * secret), the content type and a body template with {@code {{to}}}, {@code {{text}}}, {@code {{subject}}},
 * {@code {{sender}}} and {@code {{id}}} (escaped for JSON or form encoding). The text is the rendered notification,
 * cut to {@code maxLength} characters. 2xx is delivered; 408, 429 and 5xx are retried; other 4xx fail for good.
 */
@Extension
public class HttpSmsNotifier implements Notifier {

    static final String DEFAULT_TEMPLATE = "{\"to\":\"{{to}}\",\"text\":\"{{text}}\",\"sender\":\"{{sender}}\",\"reference\":\"{{id}}\"}";
    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "url": {"type": "string", "format": "uri", "pattern": "^https?://", "maxLength": 500},
                "authorization": {"type": "string", "maxLength": 1000, "writeOnly": true},
                "contentType": {"enum": ["application/json", "application/x-www-form-urlencoded"], "default": "application/json"},
                "bodyTemplate": {"type": "string", "maxLength": 2000},
                "sender": {"type": "string", "maxLength": 50},
                "maxLength": {"type": "integer", "minimum": 70, "maximum": 1000, "default": 500},
                "timeoutSeconds": {"type": "integer", "minimum": 1, "maximum": 30, "default": 8}
              },
              "required": ["url"],
              "additionalProperties": false
            }""";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(to|text|subject|sender|id)}}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String type() {
        return "sms";
    }

    @Override
    public String displayName() {
        return "SMS (HTTP gateway)";
    }

    @Override
    public Notification.Kind recipientKind() {
        return Notification.Kind.PHONE;
    }

    @Override
    public ConfigSchema configSchema() {
        return new ConfigSchema(SCHEMA);
    }

    @Override
    public DeliveryResult deliver(Notification n, PluginContext context) throws IOException, InterruptedException {
        String phone = n.recipient().address() == null ? null : n.recipient().address().replaceAll("[\\s()-]", "");
        if (phone == null || !phone.matches("\\+?[0-9]{5,20}")) {
            return DeliveryResult.permanent("not a phone number");
        }
        var settings = context.settings();
        String contentType = settings.get("contentType").orElse("application/json");
        int max = settings.getInt("maxLength", 500);
        String text = n.body().length() > max ? n.body().substring(0, max - 1) + "…" : n.body();
        Map<String, String> values = Map.of("to", phone, "text", text, "subject", n.subject(),
                "sender", settings.get("sender").orElse(""), "id", n.id());
        String body = fill(settings.get("bodyTemplate").orElse(DEFAULT_TEMPLATE), values, contentType.contains("json"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.require("url")))
                .timeout(Duration.ofSeconds(settings.getInt("timeoutSeconds", 8)))
                .header("Content-Type", contentType + ";charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        settings.get("authorization").ifPresent(a -> request.header("Authorization", a));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return DeliveryResult.retry("gateway unreachable: " + e.getClass().getSimpleName());
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            context.metrics().increment("sms.sent");
            return DeliveryResult.delivered("HTTP " + status);
        }
        if (status == 408 || status == 429 || status >= 500) {
            Optional<Duration> after = response.headers().firstValue("Retry-After").flatMap(HttpSmsNotifier::seconds);
            return DeliveryResult.retryAfter("gateway answered " + status, after.orElse(null));
        }
        return DeliveryResult.permanent("gateway refused with " + status);
    }

    static String fill(String template, Map<String, String> values, boolean json) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(json ? jsonEscape(v) : URLEncoder.encode(v, StandardCharsets.UTF_8)));
        }
        return m.appendTail(out).toString();
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.toString();
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
