package com.complaints.server.attack;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.complaints.server.support.Api;
import com.complaints.server.support.Api.Response;
import com.complaints.server.support.OpenApiOperations;
import com.complaints.server.support.OpenApiOperations.Operation;

/** Sends an operation of the document the way the sweeps need it. */
final class Calls {

    private Calls() {
    }

    /** The operation with a plausible body (or none), a query string and the token. */
    static Response send(Api api, Operation op, String path, String query, String token) {
        String body = op.hasJsonBody() ? OpenApiOperations.json(OpenApiOperations.example(op.bodySchema())) : null;
        String type = op.hasJsonBody() ? "application/json" : null;
        if (op.bodyType() != null && op.bodyType().startsWith("multipart/")) {
            return api.upload(path + (query == null ? "" : "?" + query), token, "sweep.txt", "text/plain",
                    "sweep".getBytes(StandardCharsets.UTF_8), Map.of());
        }
        return raw(api, op.method(), path + (query == null ? "" : "?" + query), token, body, type);
    }

    static Response raw(Api api, String method, String pathAndQuery, String token, String body, String contentType) {
        HttpRequest.Builder b = api.builder(pathAndQuery, token, Map.of());
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return api.send(b.method(method, publisher).build());
    }

    /** What a caller can tell from an answer: its status and its body, without the echoed request path. */
    static String observable(Response r) {
        JsonNode body = r.body();
        if (body instanceof ObjectNode o) {
            ObjectNode copy = o.deepCopy();
            copy.remove("instance");
            return r.status() + " " + copy;
        }
        String raw = r.raw().body() == null ? "" : r.raw().body();
        return r.status() + " " + raw;
    }

    static boolean isProblem(Response r) {
        return r.contentType() != null && r.contentType().startsWith("application/problem+json");
    }
}
