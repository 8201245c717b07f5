package com.example.imbot;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.pf4j.Extension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.complaints.plugin.api.ConfigSchema;
import com.complaints.plugin.api.DeliveryResult;
import com.complaints.plugin.api.Notification;
import com.complaints.plugin.api.Notifier;
import com.complaints.plugin.api.PluginContext;

/**
 * An example third-party notifier: posts notifications to an enterprise-IM group bot, the kind of webhook WeCom,
 * DingTalk and Feishu offer ({@code {"msgtype":"text","text":{"content":...}}}). With a signing secret, the URL
 * gets {@code timestamp} and {@code sign = base64(HmacSHA256(secret, timestamp + "\n" + secret))}, as DingTalk
 * expects. The bot answers {@code {"errcode":0}} on success; rate limiting (errcode 45009 or 130101, HTTP 429) is
 * retried, other errors are permanent.
 */
@Extension
public class GroupBotNotifier implements Notifier {

    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "webhookUrl": {"type": "string", "format": "uri", "pattern": "^https?://"},
                "signingSecret": {"type": "string", "writeOnly": true},
                "mentionAll": {"type": "boolean", "default": false}
              },
              "required": ["webhookUrl"],
              "additionalProperties": false
            }""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String type() {
        return "imbot";
    }

    @Override
    public String displayName() {
        return "Enterprise IM group bot";
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
        var settings = context.settings();
        ObjectNode message = json.createObjectNode();
        message.put("msgtype", "text");
        ObjectNode text = message.putObject("text");
        text.put("content", n.subject() + "\n" + n.body());
        if (settings.getBoolean("mentionAll", false)) {
            message.putObject("at").put("isAtAll", true);
        }
        String url = settings.require("webhookUrl");
        var secret = settings.get("signingSecret");
        if (secret.isPresent()) {
            long timestamp = context.clock().millis();
            url += (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign="
                    + URLEncoder.encode(sign(secret.get(), timestamp), StandardCharsets.UTF_8);
        }
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(8))
                    .header("Content-Type", "application/json;charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return DeliveryResult.retry("bot unreachable: " + e.getClass().getSimpleName());
        }
        if (response.statusCode() == 429 || response.statusCode() >= 500) {
            return DeliveryResult.retry("bot answered " + response.statusCode());
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (RuntimeException e) {
            return DeliveryResult.permanent("bot answered " + response.statusCode() + " without JSON");
        }
        int code = answer.path("errcode").asInt(answer.path("code").asInt(-1));
        if (code == 0) {
            return DeliveryResult.delivered(null);
        }
        if (code == 45009 || code == 130101) {
            return DeliveryResult.retryAfter("bot rate limit (" + code + ")", Duration.ofMinutes(1));
        }
        return DeliveryResult.permanent("bot refused: " + code + " " + answer.path("errmsg").asString(""));
    }

    static String sign(String secret, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
