package com.complaints.server.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.OpenApiOperations;
import com.complaints.server.support.OpenApiOperations.Operation;
import com.complaints.server.support.ServerUnderTest;

/**
 * Our own attack suite, driven by the server's OpenAPI document so that a new endpoint is swept the day it is
 * added: every operation is called as another tenant, another department and a lesser role with tenant A's ids,
 * and with broken input. Run on PostgreSQL ({@code AttackSweepIT}) and on the embedded H2 default
 * ({@code EmbeddedAttackSweepIT}). Each test reports how many calls it made.
 */
interface AttackSweepContract extends ServerUnderTest {

    /** Operations that only supervisors (and tenant admins) may call: an agent gets 403. */
    Set<String> SUPERVISOR_ONLY = Set.of(
            "GET /api/v1/analytics/anomalies", "GET /api/v1/analytics/recurring", "GET /api/v1/analytics/trends",
            "GET /api/v1/reports/evaluation", "GET /api/v1/reports/evaluation/archive",
            "GET /api/v1/reports/evaluation/archive/{id}", "GET /api/v1/scorecards/departments",
            "POST /api/v1/case-library", "PUT /api/v1/case-library/{id}", "DELETE /api/v1/case-library/{id}",
            "POST /api/v1/improvement-measures");

    /** GETs that show a consumer's identity in full, each a logged reveal, with the reason they may. */
    Map<String, String> REVEALING = Map.of("GET /api/v1/complaints/{id}/replies/{key}",
            "a reply addresses the consumer by name; each rendering that uses the name is a REVEAL in the access log");

    @Test
    default void everyOperationIsSweptOrListedAsPublicWithItsReason() {
        List<String> unaccounted = new ArrayList<>();
        for (Operation op : OpenApiOperations.of(api()).all()) {
            if (!op.path().startsWith("/api/v1/") && !OpenApiOperations.isPublic(op)) {
                unaccounted.add(op.toString());
            }
        }
        assertThat(unaccounted).as("operations outside /api/v1 must be listed in OpenApiOperations.PUBLIC_OPERATIONS "
                + "with the reason they are public, and swept in publicPagesOfOneTenantDoNotOpenAnotherTenantsCases").isEmpty();
        assertThat(OpenApiOperations.of(api()).all()).hasSizeGreaterThan(100);
    }

    /**
     * Minimum necessary: every answer that carries a consumer (found from the OpenAPI document: each operation whose
     * answer holds {@code ConsumerView}) is called by tenant A's own staff, the admin included, and none shows the
     * consumer's name, phone or address in full. Only the audited reveal, a POST, does; and it is in the access log.
     */
    @Test
    default void everyAnswerThatCarriesAConsumerMasksTheContact() {
        SweepFixture f = SweepFixture.create(this);
        OpenApiOperations operations = OpenApiOperations.of(api());
        Set<String> carrying = operations.answering("ConsumerView");
        assertThat(carrying).as("answers that carry a consumer").contains("GET /api/v1/complaints/{id}",
                "POST /api/v1/complaints/{id}/contact/reveal");
        List<String> clear = List.of("甲" + f.marker(), "13800138000", "138 0013 8000", "世纪大道");
        List<String> leaks = new ArrayList<>();
        Set<String> answered = new java.util.TreeSet<>();
        int calls = 0;
        for (Operation op : operations.all()) {
            if (!op.path().startsWith("/api/v1/") || !op.method().equals("GET") || REVEALING.containsKey(op.toString())) {
                continue;
            }
            for (String token : List.of(f.a().admin(), f.a().supervisor(), f.a().agent(), f.a().productAgent())) {
                Response r = Calls.send(api(), op, op.resolve(f.pathValuesOfA(op.path())), queryWithIdsOfA(op, f), token);
                calls++;
                if (r.status() == 200 && carrying.contains(op.toString())) {
                    answered.add(op.toString());
                }
                for (String value : clear) {
                    if (r.raw().body() != null && r.raw().body().contains(value)) {
                        leaks.add(op + " showed " + value + " in full");
                    }
                }
            }
        }
        report("consumer masking sweep", calls);
        assertThat(leaks).as(calls + " calls as tenant A's staff").isEmpty();
        assertThat(answered).as("the sweep saw each GET that carries a consumer answer").containsAll(
                carrying.stream().filter(o -> o.startsWith("GET ")).toList());
        Response revealed = api().post("/api/v1/complaints/" + f.idsOfA().get("complaint") + "/contact/reveal", f.a().agent(), null);
        assertThat(revealed.text("name")).isEqualTo("甲" + f.marker());
        JsonNode log = api().get("/api/v1/admin/personal-data/access-log?complaintId=" + f.idsOfA().get("complaint"),
                f.a().admin()).body().get("items");
        assertThat(log.findValuesAsString("action")).contains("REVEAL");
    }

    @Test
    default void anotherTenantCannotReachOrSeeAnythingOfTenantA() {
        SweepFixture f = SweepFixture.create(this);
        Map<String, Long> before = rows(f.tenantA());
        String aBefore = snapshotOfA(f);
        int calls = 0;
        List<String> leaks = new ArrayList<>();
        for (Operation op : OpenApiOperations.of(api()).all()) {
            if (!op.path().startsWith("/api/v1/")) {
                continue;
            }
            for (String token : List.of(f.b().admin(), f.b().supervisor(), f.b().agent())) {
                Response withA = Calls.send(api(), op, op.resolve(f.pathValuesOfA(op.path())), queryWithIdsOfA(op, f), token);
                calls++;
                if (withA.status() >= 500) {
                    leaks.add(op + " answered " + withA.status() + " to tenant B");
                }
                for (String secret : f.secretsOfA()) {
                    // what the server says, without its echo of the request's own path ("instance")
                    if (Calls.observable(withA).contains(secret)) {
                        leaks.add(op + " showed tenant B " + secret);
                    }
                }
                if (SweepFixture.namesAnObject(op.path())) {
                    Response unknown = Calls.send(api(), op, op.resolve(f.unknownValues(op.path())), null, token);
                    calls++;
                    if (!Calls.observable(withA).equals(Calls.observable(unknown))) {
                        leaks.add(op + " tells A's id from an unknown one: " + Calls.observable(withA) + " vs " + Calls.observable(unknown));
                    }
                    if (withA.status() < 400 && !op.path().startsWith("/api/v1/platform/")) {
                        leaks.add(op + " answered " + withA.status() + " to tenant B with A's id");
                    }
                }
            }
        }
        report("cross-tenant sweep", calls);
        assertThat(leaks).as(calls + " calls as tenant B").isEmpty();
        assertThat(rows(f.tenantA())).as("tenant A's rows").isEqualTo(before);
        assertThat(snapshotOfA(f)).as("tenant A's case").isEqualTo(aBefore);
    }

    @Test
    default void publicPagesOfOneTenantDoNotOpenAnotherTenantsCases() {
        SweepFixture f = SweepFixture.create(this);
        Map<String, Long> before = rows(f.tenantA());
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (Operation op : OpenApiOperations.of(api()).all()) {
            if (!op.path().startsWith("/public/") && !op.path().startsWith("/channels/")) {
                continue;
            }
            Map<String, String> withA = new java.util.HashMap<>(f.pathValuesOfA(op.path()));
            withA.put("tenant", f.tenantB());
            Map<String, String> unknown = new java.util.HashMap<>(f.unknownValues(op.path()));
            unknown.put("tenant", f.tenantB());
            String code = "code=" + f.accessCode();
            String body = "{\"code\":\"" + f.accessCode() + "\",\"reason\":\"x\"}";
            Response a = Calls.raw(api(), op.method(), op.resolve(withA) + "?" + code, null,
                    op.method().equals("GET") ? null : body, op.method().equals("GET") ? null : "application/json");
            Response u = Calls.raw(api(), op.method(), op.resolve(unknown) + "?" + code, null,
                    op.method().equals("GET") ? null : body, op.method().equals("GET") ? null : "application/json");
            calls += 2;
            if (SweepFixture.namesAnObject(op.path()) && !Calls.observable(a).equals(Calls.observable(u))) {
                leaks.add(op + " on tenant B tells A's " + op.pathParameters() + " from unknown ones: "
                        + Calls.observable(a) + " vs " + Calls.observable(u));
            }
            for (String secret : List.of(f.marker(), f.idsOfA().get("complaint"))) {
                if (Calls.observable(a).contains(secret)) {
                    leaks.add(op + " on tenant B showed " + secret);
                }
            }
            if (a.status() >= 500) {
                leaks.add(op + " answered " + a.status());
            }
        }
        // and A's own page with the right code does open the case: the sweep above was not blind
        Response own = api().get("/public/" + f.tenantA() + "/complaints/" + f.caseNumber() + "?code=" + f.accessCode(), null);
        assertThat(own.status()).isEqualTo(200);
        report("public pages sweep", calls);
        assertThat(leaks).as(calls + " public calls").isEmpty();
        assertThat(rows(f.tenantA())).isEqualTo(before);
    }

    @Test
    default void anAgentOfAnotherDepartmentCannotTellTheCaseExists() {
        SweepFixture f = SweepFixture.create(this);
        String outsider = f.a().legalAgent();
        // the product agent's progress report with an Idempotency-Key ...
        var key = Map.of("Idempotency-Key", "progress-" + f.marker());
        assertThat(api().post("/api/v1/complaints/" + f.idsOfA().get("complaint") + "/progress", f.a().productAgent(),
                Map.of("message", "已安排检测"), key).status()).isEqualTo(200);
        Map<String, Long> before = rows(f.tenantA());
        // ... replayed by the outsider with the same key is a new request, which finds nothing
        Response replay = api().post("/api/v1/complaints/" + f.idsOfA().get("complaint") + "/progress", outsider,
                Map.of("message", "已安排检测"), key);
        assertThat(replay.status()).isEqualTo(404);
        assertThat(replay.header("Idempotent-Replayed")).isNull();
        assertThat(replay.raw().body()).doesNotContain(f.marker());
        Response otherBody = api().post("/api/v1/complaints/" + f.idsOfA().get("complaint") + "/progress", outsider,
                Map.of("message", "另一条"), key);
        assertThat(otherBody.status()).as("not 422: the key's existence is not revealed").isEqualTo(404);
        List<String> leaks = new ArrayList<>();
        int calls = 2;
        for (Operation op : OpenApiOperations.of(api()).all()) {
            if (!op.path().startsWith("/api/v1/complaints/{id}")) {
                continue;
            }
            Response withCase = Calls.send(api(), op, op.resolve(f.pathValuesOfA(op.path())), null, outsider);
            Response unknown = Calls.send(api(), op, op.resolve(f.unknownValues(op.path())), null, outsider);
            calls += 2;
            if (!Calls.observable(withCase).equals(Calls.observable(unknown)) || withCase.status() < 400) {
                leaks.add(op + ": " + Calls.observable(withCase) + " vs unknown " + Calls.observable(unknown));
            }
        }
        for (String list : List.of("/api/v1/complaints", "/api/v1/search/complaints?q=" + f.marker(),
                "/api/v1/complaints?department=" + f.idsOfA().get("department"), "/api/v1/calls",
                "/api/v1/scorecards/agents", "/api/v1/case-library?q=" + f.marker(), "/api/v1/improvement-measures",
                "/api/v1/improvement-measures/" + f.idsOfA().get("measure"))) {
            Response r = api().get(list, outsider);
            calls++;
            assertThat(r.status()).as(list).isLessThan(500);
            assertThat(r.raw().body()).as(list).doesNotContain(f.caseNumber(), f.idsOfA().get("complaint"), "甲" + f.marker());
        }
        report("department sweep", calls);
        assertThat(leaks).as(calls + " calls as an agent of the legal department").isEmpty();
        assertThat(rows(f.tenantA())).isEqualTo(before);
    }

    @Test
    default void lesserRolesAreRefusedWhatTheirRoleDoesNotAllow() {
        SweepFixture f = SweepFixture.create(this);
        Map<String, Long> before = rows(f.tenantA());
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Operation op : OpenApiOperations.of(api()).all()) {
            String name = op.method() + " " + op.path();
            List<String> refused = new ArrayList<>();
            if (op.path().startsWith("/api/v1/admin/")) {
                refused.addAll(List.of(f.a().agent(), f.a().supervisor()));
            } else if (op.path().startsWith("/api/v1/platform/")) {
                refused.addAll(List.of(f.a().agent(), f.a().supervisor(), f.a().admin()));
            } else if (SUPERVISOR_ONLY.contains(name)) {
                refused.add(f.a().agent());
            }
            for (String token : refused) {
                Response r = Calls.send(api(), op, op.resolve(f.pathValuesOfA(op.path())), null, token);
                calls++;
                if (r.status() != 403 || !Calls.isProblem(r)) {
                    wrong.add(name + " answered " + r.status() + " to a lesser role");
                }
            }
        }
        Response anonymous = api().get("/api/v1/complaints/" + f.idsOfA().get("complaint"), null);
        assertThat(anonymous.status()).isEqualTo(401);
        report("role sweep", calls);
        assertThat(wrong).as(calls + " calls with lesser roles").isEmpty();
        assertThat(rows(f.tenantA())).isEqualTo(before);
    }

    @Test
    default void brokenInputIsA4xxProblemAndWritesNothing() {
        SweepFixture f = SweepFixture.create(this);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        Map<String, Long> before = rows(f.tenantA());
        List<Operation> operations = OpenApiOperations.of(api()).all().stream()
                .filter(op -> op.path().startsWith("/api/v1/")).toList();
        for (Operation op : operations) {
            String path = op.resolve(f.pathValuesOfA(op.path()));
            String token = op.path().startsWith("/api/v1/platform/") ? api().token("platform", "op", "PLATFORM_OPERATOR", null)
                    : f.a().admin();
            Map<String, String> bodies = new java.util.LinkedHashMap<>();
            if (op.hasJsonBody()) {
                JsonNode base = OpenApiOperations.example(op.bodySchema());
                bodies.put("malformed JSON", "{\"a\":");
                bodies.put("empty body", "");
                bodies.put("null", "null");
                bodies.put(base.isArray() ? "object for an array" : "array for an object", base.isArray() ? "{\"x\":1}" : "[]");
                bodies.put("deep nesting", "[".repeat(5000) + "]".repeat(5000));
                if (base.isArray()) {
                    bodies.put("null element", "[null]");
                }
                bodies.put("huge string", "{\"x\":\"" + "长".repeat(700_000) + "\"}");
                JsonNode unknownField = OpenApiOperations.with(base.isArray() ? base.get(0) : base, List.of("noSuchField"),
                        tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(1));
                String unknownText = OpenApiOperations.json(unknownField);
                bodies.put("unknown field", base.isArray() ? "[" + unknownText + "]" : unknownText);
                for (var field : OpenApiOperations.fields(base.isArray() ? op.bodySchema().path("items") : op.bodySchema()).entrySet()) {
                    for (var bad : OpenApiOperations.wrongValues(field.getValue()).entrySet()) {
                        JsonNode item = base.isArray() ? base.get(0) : base;
                        JsonNode changed = OpenApiOperations.with(item, field.getKey(), bad.getValue());
                        String text = OpenApiOperations.json(changed);
                        bodies.put(bad.getKey() + " at " + String.join(".", field.getKey()), base.isArray() ? "[" + text + "]" : text);
                    }
                }
                for (var b : bodies.entrySet()) {
                    Response r = Calls.raw(api(), op.method(), path, token, b.getValue(), "application/json");
                    calls++;
                    if (r.status() < 400 || r.status() >= 500 || !Calls.isProblem(r)) {
                        wrong.add(op + " with " + b.getKey() + ": " + r.status() + " " + abbreviate(r.raw().body()));
                    }
                }
                Response plain = Calls.raw(api(), op.method(), path, token, OpenApiOperations.json(base), "text/plain");
                calls++;
                if (plain.status() != 415) {
                    wrong.add(op + " with text/plain: " + plain.status());
                }
            }
            if (op.bodyType() != null && op.bodyType().startsWith("multipart/")) {
                for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=zz")) {
                    Response r = Calls.raw(api(), op.method(), path, token, "--zz\r\nContent-Disposition: form-data; name=\"file\"", type);
                    calls++;
                    if (r.status() < 400 || r.status() >= 500 || !Calls.isProblem(r)) {
                        wrong.add(op + " with a broken multipart body (" + type + "): " + r.status());
                    }
                }
            }
            for (var p : op.query()) {
                for (String value : badQueryValues(p)) {
                    Response r = Calls.raw(api(), op.method(), path + "?" + p.name() + "=" + value, token,
                            op.hasJsonBody() ? OpenApiOperations.json(OpenApiOperations.example(op.bodySchema())) : null,
                            op.hasJsonBody() ? "application/json" : null);
                    calls++;
                    if (r.status() < 400 || r.status() >= 500 || !Calls.isProblem(r)) {
                        wrong.add(op + " with ?" + p.name() + "=" + value + ": " + r.status() + " " + abbreviate(r.raw().body()));
                    }
                }
            }
        }
        report("bad-input sweep (must be refused)", calls);
        assertThat(wrong).as(calls + " calls with broken input").isEmpty();
        assertThat(rows(f.tenantA())).as("nothing written by refused input").isEqualTo(before);
        // odd but valid text is taken (or refused as a 4xx), never a 5xx
        int odd = 0;
        for (Operation op : operations) {
            if (!op.hasJsonBody() || op.path().startsWith("/api/v1/platform/") || op.method().equals("DELETE")) {
                continue;
            }
            JsonNode base = OpenApiOperations.example(op.bodySchema());
            for (var field : OpenApiOperations.fields(base.isArray() ? op.bodySchema().path("items") : op.bodySchema()).entrySet()) {
                if (!"string".equals(field.getValue().path("type").asString()) || field.getValue().has("format")
                        || field.getValue().has("enum")) {
                    continue;
                }
                for (String text : List.of("nul\u0000here", "lone\uD800surrogate", "bidi\u202Eevil", "emoji😀", "İSTANBUL")) {
                    JsonNode item = base.isArray() ? base.get(0) : base;
                    String json = OpenApiOperations.json(OpenApiOperations.with(item, field.getKey(),
                            tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text)));
                    Response r = Calls.raw(api(), op.method(), op.resolve(f.pathValuesOfA(op.path())), f.a().admin(),
                            base.isArray() ? "[" + json + "]" : json, "application/json");
                    odd++;
                    if (r.status() >= 500) {
                        wrong.add(op + " with " + String.join(".", field.getKey()) + "=" + text + ": " + r.status());
                    }
                }
            }
        }
        report("bad-input sweep (odd but valid text)", odd);
        assertThat(wrong).as(odd + " calls with odd text").isEmpty();
    }

    private static List<String> badQueryValues(OpenApiOperations.Parameter p) {
        // (%ZZ cannot be sent by java.net.URI; HardeningRegressionsContract sends it over a raw socket)
        List<String> values = new ArrayList<>(List.of("%FF", "%C3%28"));
        switch (p.type()) {
            case "integer", "number" -> values.addAll(List.of("abc", "99999999999999999999999"));
            case "boolean" -> values.add("maybe");
            default -> {
                switch (p.format()) {
                    case "date-time" -> values.addAll(List.of("-999999999-01-01T00:00:00Z", "%2B999999999-12-31T00:00:00Z", "yesterday"));
                    case "date" -> values.addAll(List.of("-999999999-01-01", "%2B999999999-12-31", "yesterday"));
                    case "uuid" -> values.add("not-a-uuid");
                    default -> {
                        if (p.schema().has("enum")) {
                            values.add("NOT_A_VALUE");
                        }
                    }
                }
            }
        }
        return values;
    }

    private static String queryWithIdsOfA(Operation op, SweepFixture f) {
        StringBuilder q = new StringBuilder();
        for (var p : op.query()) {
            String value = switch (p.name()) {
                case "department", "departmentId" -> f.idsOfA().get("department");
                case "q" -> f.marker();
                case "complaintId", "caseId" -> f.idsOfA().get("complaint");
                default -> null;
            };
            if (value != null) {
                q.append(q.isEmpty() ? "" : "&").append(p.name()).append('=').append(value);
            }
        }
        return q.isEmpty() ? null : q.toString();
    }

    private String snapshotOfA(SweepFixture f) {
        Response c = api().get("/api/v1/complaints/" + f.idsOfA().get("complaint"), f.a().supervisor());
        Response t = api().get("/api/v1/complaints/" + f.idsOfA().get("complaint") + "/timeline", f.a().supervisor());
        Response m = api().get("/api/v1/improvement-measures/" + f.idsOfA().get("measure"), f.a().supervisor());
        Response ch = api().get("/api/v1/admin/channels/" + f.idsOfA().get("channel"), f.a().admin());
        return c.status() + c.header("ETag") + t.raw().body() + m.raw().body() + ch.status();
    }

    /** The sweep's size, for the README's account of what it covers. */
    private static void report(String sweep, int calls) {
        System.out.println("[attack-sweep] " + sweep + ": " + calls + " calls");
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
