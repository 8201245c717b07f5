package com.complaints.plugins.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The captcha hook: when a tenant configures a verification URL, every submission must carry a token that the
 * URL confirms. The request follows the "siteverify" convention shared by reCAPTCHA, hCaptcha and Turnstile:
 * a form POST of {@code secret}, {@code response} and {@code remoteip}, answered by JSON with {@code "success": true}.
 */
final class CaptchaVerifier {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final JsonMapper json;

    CaptchaVerifier(JsonMapper json) {
        this.json = json;
    }

    boolean verify(String url, String secret, String token, String clientAddress) {
        if (token == null || token.isBlank()) {
            return false;
        }
        String form = "secret=" + enc(secret) + "&response=" + enc(token) + "&remoteip=" + enc(clientAddress);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                return false;
            }
            JsonNode body = json.readTree(response.body());
            return body.path("success").asBoolean(false);
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
