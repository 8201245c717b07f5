package com.complaints.server.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations of the server's own OpenAPI document, for the sweeps that call every one of them: path templates
 * with their parameters, query parameters and request-body schemas (with {@code $ref}s resolved).
 */
public final class OpenApiOperations {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One operation of the document. */
    public record Operation(String method, String path, List<Parameter> query, JsonNode bodySchema, String bodyType) {

        public List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            Matcher m = PATH_PARAMETER.matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        /** The path with each parameter replaced by its value ({@code **} by one segment). */
        public String resolve(Map<String, String> values) {
            Matcher m = PATH_PARAMETER.matcher(path.replace("/**", "/x"));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new AssertionError("the sweep has no value for path parameter {" + m.group(1) + "} of " + this
                            + ": add one to the sweep's fixture");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        public boolean hasJsonBody() {
            return bodySchema != null && bodyType != null && bodyType.contains("json");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A query parameter with its schema. */
    public record Parameter(String name, JsonNode schema) {

        public String type() {
            return schema.path("type").asString("string");
        }

        public String format() {
            return schema.path("format").asString("");
        }
    }

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    public OpenApiOperations(JsonNode document) {
        this.document = document;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").properties().iterator(); paths.hasNext(); ) {
            var path = paths.next();
            for (var op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase();
                JsonNode o = op.getValue();
                List<Parameter> query = new ArrayList<>();
                for (JsonNode p : o.path("parameters")) {
                    if ("query".equals(p.path("in").asString())) {
                        query.add(new Parameter(p.path("name").asString(), resolve(p.path("schema"))));
                    }
                }
                JsonNode schema = null;
                String type = null;
                var content = o.path("requestBody").path("content");
                for (var c : content.properties()) {
                    type = c.getKey();
                    schema = resolve(c.getValue().path("schema"));
                    break;
                }
                operations.add(new Operation(method, path.getKey(), query, schema, type));
            }
        }
    }

    public static OpenApiOperations of(Api api) {
        Api.Response doc = api.get("/v3/api-docs", null);
        if (doc.status() != 200) {
            throw new AssertionError("no OpenAPI document: " + doc.status());
        }
        return new OpenApiOperations(doc.body());
    }

    public List<Operation> all() {
        return List.copyOf(operations);
    }

    /**
     * The operations ({@code METHOD /path}) whose successful answer carries the named schema, directly or anywhere
     * inside (through properties, items and compositions): e.g. every answer that holds a consumer.
     */
    public Set<String> answering(String schemaName) {
        Set<String> carriers = new java.util.HashSet<>(Set.of(schemaName));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var e : document.path("components").path("schemas").properties()) {
                if (!carriers.contains(e.getKey()) && references(e.getValue(), carriers)) {
                    carriers.add(e.getKey());
                    grew = true;
                }
            }
        }
        Set<String> found = new java.util.TreeSet<>();
        for (var path : document.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                for (var response : op.getValue().path("responses").properties()) {
                    if (response.getKey().startsWith("2") && references(response.getValue().path("content"), carriers)) {
                        found.add(op.getKey().toUpperCase() + " " + path.getKey());
                    }
                }
            }
        }
        return found;
    }

    private static boolean references(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && names.contains(ref.asString().replace("#/components/schemas/", ""))) {
                return true;
            }
            for (var e : node.properties()) {
                if (references(e.getValue(), names)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (references(item, names)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A schema with its {@code $ref}s replaced by what they name (to a depth of 6). */
    public JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 6) {
            return NODES.objectNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return resolve(document.path("components").path("schemas").path(name), depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = NODES.objectNode();
        for (var e : schema.properties()) {
            if (e.getKey().equals("properties")) {
                ObjectNode props = NODES.objectNode();
                e.getValue().properties().forEach(p -> props.set(p.getKey(), resolve(p.getValue(), depth + 1)));
                copy.set("properties", props);
            } else if (e.getKey().equals("items") || e.getKey().equals("additionalProperties")) {
                copy.set(e.getKey(), e.getValue().isObject() ? resolve(e.getValue(), depth + 1) : e.getValue());
            } else {
                copy.set(e.getKey(), e.getValue());
            }
        }
        return copy;
    }

    /** A plausible value of a schema: what a careless but well-meaning client would send. */
    public static JsonNode example(JsonNode schema) {
        String type = schema.path("type").asString("object");
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (type) {
            case "string" -> switch (schema.path("format").asString("")) {
                case "uuid" -> NODES.stringNode("00000000-0000-4000-8000-000000000001");
                case "date-time" -> NODES.stringNode("2026-11-02T08:00:00Z");
                case "date" -> NODES.stringNode("2026-11-02");
                default -> NODES.stringNode("sweep");
            };
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                a.add(example(schema.path("items")));
                yield a;
            }
            default -> {
                ObjectNode o = NODES.objectNode();
                schema.path("properties").properties().forEach(p -> o.set(p.getKey(), example(p.getValue())));
                yield o;
            }
        };
    }

    /**
     * Values that are wrong for a schema whatever the operation: a structure where a scalar belongs and the reverse,
     * {@code null} inside arrays, numbers and dates out of every range, a value outside an enumeration.
     */
    public static Map<String, JsonNode> wrongValues(JsonNode schema) {
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        String type = schema.path("type").asString("object");
        switch (type) {
            case "string" -> {
                wrong.put("object-for-string", NODES.objectNode().put("x", 1));
                wrong.put("array-for-string", NODES.arrayNode().add("x"));
                String format = schema.path("format").asString("");
                if (format.equals("date-time")) {
                    wrong.put("extreme-instant", NODES.stringNode("+999999999-12-31T23:59:59Z"));
                    wrong.put("negative-instant", NODES.stringNode("-999999999-01-01T00:00:00Z"));
                } else if (format.equals("date")) {
                    wrong.put("extreme-date", NODES.stringNode("+999999999-12-31"));
                    wrong.put("negative-date", NODES.stringNode("-999999999-01-01"));
                } else if (format.equals("uuid")) {
                    wrong.put("not-a-uuid", NODES.stringNode("not-a-uuid"));
                }
                if (schema.has("enum")) {
                    wrong.put("not-in-enum", NODES.stringNode("NOT_A_VALUE"));
                }
            }
            case "integer" -> {
                wrong.put("text-for-integer", NODES.stringNode("abc"));
                wrong.put("integer-overflow", NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")));
                wrong.put("object-for-integer", NODES.objectNode());
            }
            case "number" -> {
                wrong.put("text-for-number", NODES.stringNode("abc"));
                wrong.put("object-for-number", NODES.objectNode());
            }
            case "boolean" -> {
                wrong.put("text-for-boolean", NODES.stringNode("abc"));
                wrong.put("object-for-boolean", NODES.objectNode());
            }
            case "array" -> {
                ArrayNode withNull = NODES.arrayNode();
                withNull.addNull();
                wrong.put("null-in-array", withNull);
                wrong.put("object-for-array", NODES.objectNode().put("x", 1));
            }
            default -> {
                if (schema.has("properties")) {
                    wrong.put("array-for-object", NODES.arrayNode().add(1));
                    wrong.put("number-for-object", NODES.numberNode(7));
                }
            }
        }
        return wrong;
    }

    /** Field paths of the schema's leaves and containers (to a depth of 3), with their schemas. */
    public static Map<List<String>, JsonNode> fields(JsonNode schema) {
        Map<List<String>, JsonNode> fields = new LinkedHashMap<>();
        collect(schema, List.of(), fields, 0);
        return fields;
    }

    private static void collect(JsonNode schema, List<String> at, Map<List<String>, JsonNode> fields, int depth) {
        if (depth > 3) {
            return;
        }
        for (var p : schema.path("properties").properties()) {
            List<String> path = new ArrayList<>(at);
            path.add(p.getKey());
            fields.put(List.copyOf(path), p.getValue());
            if (p.getValue().has("properties")) {
                collect(p.getValue(), path, fields, depth + 1);
            }
        }
    }

    /** A copy of {@code body} with the field at {@code path} set to {@code value}. */
    public static JsonNode with(JsonNode body, List<String> path, JsonNode value) {
        JsonNode copy = body.deepCopy();
        if (!(copy instanceof ObjectNode root)) {
            return copy;
        }
        ObjectNode node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonNode next = node.path(path.get(i));
            if (!(next instanceof ObjectNode o)) {
                ObjectNode created = NODES.objectNode();
                node.set(path.get(i), created);
                node = created;
            } else {
                node = o;
            }
        }
        node.set(path.getLast(), value);
        return copy;
    }

    public static String json(JsonNode node) {
        return JsonMapper.builder().build().writeValueAsString(node);
    }

    /** Operations that are not part of the staff API, each with the reason it is reachable without a staff token. */
    public static final Map<String, String> PUBLIC_OPERATIONS = Map.ofEntries(
            Map.entry("POST /dev/token", "the development token issuer of the embedded default (off in production)"),
            Map.entry("GET /console/config.json", "how the web console signs in: the development issuer on or off, the OIDC issuer and client id (nothing of a tenant)"),
            Map.entry("/error", "the container's error page, answered as problem details"),
            Map.entry("/public/{tenant}/complaints", "the consumer's web complaint form (tenant from the path)"),
            Map.entry("/public/{tenant}/complaints/new", "the HTML complaint form of the web channel"),
            Map.entry("/public/{tenant}/complaints/{caseNumber}", "progress lookup with the case's access code"),
            Map.entry("/public/{tenant}/complaints/{caseNumber}/solutions/{solutionId}/accept", "the consumer accepts, with the access code"),
            Map.entry("/public/{tenant}/complaints/{caseNumber}/solutions/{solutionId}/reject", "the consumer rejects, with the access code"),
            Map.entry("/public/{tenant}/surveys/{token}", "the satisfaction survey, opened by its single-use token"),
            Map.entry("/channels/{tenant}/{channelId}", "channel webhooks, authenticated per channel (HMAC or token)"),
            Map.entry("/channels/{tenant}/{channelId}/**", "channel webhooks, authenticated per channel (HMAC or token)"));

    public static boolean isPublic(Operation op) {
        return PUBLIC_OPERATIONS.containsKey(op.method() + " " + op.path()) || PUBLIC_OPERATIONS.containsKey(op.path());
    }

    public static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");
}
