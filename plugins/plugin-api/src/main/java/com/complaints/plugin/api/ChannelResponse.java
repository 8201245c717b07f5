package com.complaints.plugin.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * What a push channel answers its caller.
 *
 * @param status      HTTP status
 * @param contentType media type of the body, may be {@code null} for no body
 * @param headers     extra headers (e.g. {@code Retry-After})
 * @param body        the body
 */
public record ChannelResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    public ChannelResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public static ChannelResponse json(int status, String json) {
        return new ChannelResponse(status, "application/json", Map.of(), json.getBytes(StandardCharsets.UTF_8));
    }

    public static ChannelResponse html(int status, String html) {
        return new ChannelResponse(status, "text/html;charset=UTF-8", Map.of(), html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An RFC 9457 problem.
     *
     * @param status HTTP status
     * @param code   a short machine-readable code, e.g. {@code invalid-signature}
     * @param detail a human-readable explanation (no personal data)
     */
    public static ChannelResponse problem(int status, String code, String detail) {
        String json = "{\"type\":\"urn:problem:channel:" + escape(code) + "\",\"title\":\"" + escape(code)
                + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\",\"code\":\"" + escape(code) + "\"}";
        return new ChannelResponse(status, "application/problem+json", Map.of(), json.getBytes(StandardCharsets.UTF_8));
    }

    /** 429 with {@code Retry-After} in whole seconds (at least one). */
    public static ChannelResponse tooManyRequests(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        ChannelResponse p = problem(429, "rate-limited", "too many requests, retry after " + seconds + " s");
        return new ChannelResponse(429, p.contentType(), Map.of("Retry-After", Long.toString(seconds)), p.body());
    }

    public static ChannelResponse status(int status) {
        return new ChannelResponse(status, null, Map.of(), new byte[0]);
    }

    /** The same response with one more header. */
    public ChannelResponse withHeader(String name, String value) {
        var copy = new java.util.HashMap<>(headers);
        copy.put(name, value);
        return new ChannelResponse(status, contentType, copy, body);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Escapes a text for a JSON string literal. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
