package com.complaints.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests: talks to the running server as a real client would. */
public final class Api {

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private final int port;

    public Api(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public record Response(int status, HttpResponse<String> raw, JsonNode body) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String text(String field) {
            JsonNode node = body.get(field);
            return node == null || node.isNull() ? null : node.asString();
        }
    }

    /** A development token (the issuer is enabled for the tests). */
    public String token(String tenant, String user, String roles, String department) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("tenant", tenant);
        form.put("user", user);
        form.put("roles", roles);
        if (department != null) {
            form.put("department", department);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElse("");
        Response r = send(HttpRequest.newBuilder(URI.create(base + "/dev/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.status() != 200) {
            throw new IllegalStateException("token request failed: " + r.raw().body());
        }
        return r.text("access_token");
    }

    public Response get(String path, String token) {
        return send(builder(path, token, Map.of()).GET().build());
    }

    public Response post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    public Response post(String path, String token, Object body, Map<String, String> headers) {
        String text = body == null ? "" : body instanceof String s ? s : json.writeValueAsString(body);
        return send(builder(path, token, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    /** A multipart/form-data upload of one file in the part {@code file}. */
    public Response upload(String path, String token, String fileName, String contentType, byte[] content,
                           Map<String, String> headers) {
        String boundary = "----complaints" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(builder(path, token, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** The raw bytes of a download. */
    public HttpResponse<byte[]> download(String path, String token) {
        return download(path, token, "*/*");
    }

    /** The raw bytes of a download in the given media type. */
    public HttpResponse<byte[]> download(String path, String token, String accept) {
        try {
            return http.send(builder(path, token, Map.of("Accept", accept)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response put(String path, String token, Object body) {
        return send(builder(path, token, Map.of()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    public Response delete(String path, String token) {
        return send(builder(path, token, Map.of()).DELETE().build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> raw = http.send(request, Api::bodyOrStreamHead);
            boolean isJson = raw.headers().firstValue("Content-Type").map(t -> t.contains("json")).orElse(false);
            JsonNode body = !isJson || raw.body() == null || raw.body().isBlank() ? json.nullNode() : json.readTree(raw.body());
            return new Response(raw.statusCode(), raw, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The body as text; for a server-sent-events stream (which never ends by itself) only its status and headers: the
     * stream is closed at once and its body is empty.
     */
    private static HttpResponse.BodySubscriber<String> bodyOrStreamHead(HttpResponse.ResponseInfo info) {
        if (info.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            // closed once the answer is handed over (closing it while the answer is made fails the call)
            return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), stream -> {
                java.util.concurrent.CompletableFuture.delayedExecutor(200, java.util.concurrent.TimeUnit.MILLISECONDS)
                        .execute(() -> {
                            try {
                                stream.close();
                            } catch (IOException ignored) {
                                // the stream is gone either way
                            }
                        });
                return "";
            });
        }
        return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
    }

    public HttpRequest.Builder builder(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return b;
    }

    public JsonMapper json() {
        return json;
    }
}
