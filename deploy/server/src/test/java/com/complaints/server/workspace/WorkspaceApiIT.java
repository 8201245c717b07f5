package com.complaints.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.LiveEvents;
import com.complaints.server.support.ServerIntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * What the agent workspace asks of the API, on PostgreSQL with the Redis live feed: the actions a reader may take,
 * the queues and their counts, the next due clock, and the live stream of changes with its tenant and department
 * boundaries.
 */
class WorkspaceApiIT extends ServerIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void allowedActionsFollowTheStatusAndTheReadersRole() {
        String tenant = newTenant("actions");
        String agent = api.token(tenant, "cs-agent", "AGENT", "customer-service");
        String product = api.token(tenant, "product-agent", "AGENT", "product");
        String supervisor = api.token(tenant, "sup", "SUPERVISOR", null);
        Response created = api.post("/api/v1/complaints", agent, complaintBody("热水器"));
        String id = created.text("id");

        assertThat(actions(api.get("/api/v1/complaints/" + id, agent)))
                .contains("TRIAGE", "RECORD_PROGRESS", "REJECT", "WITHDRAW", "MERGE", "ATTACH")
                .doesNotContain("RESOLVE", "ASSIGN", "REOPEN", "ACKNOWLEDGE", "PAUSE", "PROPOSE_SOLUTION");

        Response triaged = api.post("/api/v1/complaints/" + id + "/triage", agent,
                Map.of("category", "PRODUCT_QUALITY", "complexity", "SIMPLE", "urgency", "NORMAL"));
        assertThat(actions(triaged)).as("a triaged case may be triaged again").contains("TRIAGE", "RESOLVE", "TRANSFER", "PAUSE")
                .doesNotContain("ASSIGN");

        Response transferred = api.post("/api/v1/complaints/" + id + "/transfers", agent,
                Map.of("toDepartmentId", departmentId(tenant, "product"), "note", "请检测"));
        assertThat(actions(transferred)).as("the sender is not the receiving department").doesNotContain("ACKNOWLEDGE");
        assertThat(actions(api.get("/api/v1/complaints/" + id, product))).contains("ACKNOWLEDGE", "TRANSFER");
        assertThat(actions(api.get("/api/v1/complaints/" + id, supervisor))).contains("ACKNOWLEDGE", "ASSIGN");

        Response acknowledged = api.post("/api/v1/complaints/" + id + "/transfers/"
                + transferred.body().get("handovers").get(0).get("id").asString() + "/acknowledge", product, null);
        assertThat(actions(acknowledged)).contains("PROPOSE_SOLUTION").doesNotContain("ACKNOWLEDGE");
    }

    @Test
    void queuesCountAndListOnlyWhatTheReaderMaySee() {
        String tenant = newTenant("queues");
        String agent = api.token(tenant, "cs-agent", "AGENT", "customer-service");
        String product = api.token(tenant, "product-agent", "AGENT", "product");
        String legal = api.token(tenant, "legal-agent", "AGENT", "legal");
        String other = api.token(newTenant("queues-other"), "cs-agent", "SUPERVISOR", null);
        String first = api.post("/api/v1/complaints", agent, complaintBody("电饭煲")).text("id");
        api.post("/api/v1/complaints", agent, complaintBody("冰箱"));
        api.post("/api/v1/complaints/" + first + "/triage", agent,
                Map.of("category", "PRODUCT_QUALITY", "complexity", "GENERAL", "urgency", "NORMAL"));
        api.post("/api/v1/complaints/" + first + "/transfers", agent,
                Map.of("toDepartmentId", departmentId(tenant, "product")));

        assertThat(counts(agent)).containsEntry("MINE", 1L);
        assertThat(counts(product)).containsEntry("AWAITING_ACKNOWLEDGEMENT", 1L).containsEntry("MY_DEPARTMENTS", 1L)
                .containsEntry("UNASSIGNED", 1L);
        assertThat(counts(legal).values()).containsOnly(0L);
        assertThat(counts(other).values()).as("another tenant's cases are not counted").containsOnly(0L);

        Response waiting = api.get("/api/v1/complaints?queue=AWAITING_ACKNOWLEDGEMENT", product);
        assertThat(waiting.body().get("totalItems").asLong()).isEqualTo(1);
        JsonNode item = waiting.body().get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(first);
        assertThat(item.get("consumerName").asString()).as("the list masks the consumer").endsWith("*");
        assertThat(item.get("nextDue").get("metric").asString()).isEqualTo("HANDOVER_ACKNOWLEDGEMENT");
        assertThat(item.get("nextDue").get("state").asString()).isEqualTo("RUNNING");
        assertThat(api.get("/api/v1/complaints?queue=AWAITING_ACKNOWLEDGEMENT", legal).body().get("totalItems").asLong())
                .isZero();

        assertThat(api.get("/api/v1/complaints?queue=MY_DEPARTMENTS&sort=nextDue", product).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/complaints?sort=nextDue,desc&status=RECEIVED&status=ASSIGNED", agent)
                .body().get("totalItems").asLong()).isEqualTo(2);
        Response badSort = api.get("/api/v1/complaints?sort=nextDue,sideways", agent);
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/complaints?queue=NOPE", agent).status()).isEqualTo(400);
    }

    @Test
    void theLiveStreamTellsOnlyThoseWhoMaySeeTheCase() throws Exception {
        String tenant = newTenant("live");
        String otherTenant = newTenant("live-other");
        String agent = api.token(tenant, "cs-agent", "AGENT", "customer-service");
        String product = api.token(tenant, "product-agent", "AGENT", "product");
        String legal = api.token(tenant, "legal-agent", "AGENT", "legal");
        String outsider = api.token(otherTenant, "sup", "SUPERVISOR", null);
        try (var productStream = new LiveEvents(api.port(), product, null, api.json());
             var legalStream = new LiveEvents(api.port(), legal, null, api.json());
             var outsiderStream = new LiveEvents(api.port(), outsider, null, api.json())) {
            assertThat(productStream.status()).isEqualTo(200);
            assertThat(legalStream.status()).isEqualTo(200);
            assertThat(outsiderStream.status()).isEqualTo(200);

            String id = api.post("/api/v1/complaints", agent, complaintBody("洗碗机")).text("id");
            api.post("/api/v1/complaints/" + id + "/triage", agent,
                    Map.of("category", "PRODUCT_QUALITY", "complexity", "GENERAL", "urgency", "NORMAL"));
            Response moved = api.post("/api/v1/complaints/" + id + "/transfers", agent,
                    Map.of("toDepartmentId", departmentId(tenant, "product")));
            var seen = productStream.next(e -> "change".equals(e.name())
                    && id.equals(e.data().get("complaintId").asString()), WAIT);
            assertThat(seen.data().get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(seen.data().get("caseNumber").asString()).isEqualTo(moved.text("caseNumber"));
            assertThat(seen.data().has("consumer")).isFalse();

            // a change each of the others may see, after which nothing of the first tenant's case may have come
            String legalCase = api.post("/api/v1/complaints", legal, complaintBody("合同")).text("id");
            legalStream.next(e -> legalCase.equals(e.data().get("complaintId").asString()), WAIT);
            String outsiderCase = api.post("/api/v1/complaints", outsider, complaintBody("空调")).text("id");
            outsiderStream.next(e -> outsiderCase.equals(e.data().get("complaintId").asString()), WAIT);
            List<LiveEvents.Event> leaked = new ArrayList<>(legalStream.drain());
            leaked.addAll(outsiderStream.drain());
            assertThat(leaked).noneMatch(e -> id.equals(e.data().get("complaintId").asString()));
        }
    }

    @Test
    void aReconnectingReaderGetsWhatChangedSinceItsLastEvent() throws Exception {
        String tenant = newTenant("resume");
        String agent = api.token(tenant, "cs-agent", "AGENT", "customer-service");
        String first = api.post("/api/v1/complaints", agent, complaintBody("电视")).text("id");
        String lastEventId;
        try (var stream = new LiveEvents(api.port(), agent, null, api.json())) {
            // subscribed once the stream's headers arrived: a change made before that is not this stream's to tell
            assertThat(stream.status()).isEqualTo(200);
            api.post("/api/v1/complaints/" + first + "/progress", agent, Map.of("message", "已联系"));
            lastEventId = stream.next(e -> first.equals(e.data().get("complaintId").asString()), WAIT).id();
        }
        // made while the reader was away: only the replay can bring it
        String missed = api.post("/api/v1/complaints", agent, complaintBody("音响")).text("id");
        try (var resumed = new LiveEvents(api.port(), agent, lastEventId, api.json())) {
            var replayed = resumed.next(e -> "change".equals(e.name()) && missed.equals(e.data().get("complaintId").asString()), WAIT);
            assertThat(replayed.data().get("status").asString()).isEqualTo("RECEIVED");
            assertThat(Long.parseLong(replayed.id())).isGreaterThanOrEqualTo(Long.parseLong(lastEventId));
        }
        Response bad = api.send(api.builder("/api/v1/events", agent, Map.of("Last-Event-ID", "yesterday")).GET().build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/events", null).status()).isEqualTo(401);
    }

    @Test
    void contactDetailsAreMaskedUntilRevealedAndEachRevealIsInTheAccessLog() {
        String tenant = newTenant("reveal");
        String agent = api.token(tenant, "cs-agent", "AGENT", "customer-service");
        String legal = api.token(tenant, "legal-agent", "AGENT", "legal");
        Map<String, Object> body = new java.util.HashMap<>(complaintBody("空调"));
        body.put("consumer", Map.of("name", "王五", "phone", "+86 138 0013 8000", "email", "wang.wu@example.com",
                "address", "上海市浦东新区世纪大道 100 号"));
        Response created = api.post("/api/v1/complaints", agent, body);
        String id = created.text("id");
        JsonNode consumer = api.get("/api/v1/complaints/" + id, agent).body().get("consumer");
        assertThat(consumer.get("name").asString()).isEqualTo("王*");
        assertThat(consumer.get("phone").asString()).isEqualTo("****8000");
        assertThat(consumer.get("email").asString()).isEqualTo("w***@example.com");
        assertThat(consumer.get("address").asString()).isEqualTo("***");
        Response progressed = api.post("/api/v1/complaints/" + id + "/progress", agent, Map.of("message", "已联系"));
        assertThat(progressed.body().get("consumer").get("phone").asString()).as("actions answer masked too").isEqualTo("****8000");

        Response revealed = api.post("/api/v1/complaints/" + id + "/contact/reveal", agent, null);
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.text("phone")).isEqualTo("+86 138 0013 8000");
        assertThat(revealed.text("address")).isEqualTo("上海市浦东新区世纪大道 100 号");
        assertThat(api.post("/api/v1/complaints/" + id + "/contact/reveal", legal, null).status())
                .as("a reader who may not see the case learns nothing").isEqualTo(404);
        assertThat(api.post("/api/v1/complaints/" + id + "/contact/reveal",
                api.token(newTenant("reveal-other"), "sup", "SUPERVISOR", null), null).status()).isEqualTo(404);

        JsonNode log = api.get("/api/v1/admin/personal-data/access-log", api.token(tenant, "admin", "TENANT_ADMIN", null)).body();
        List<JsonNode> reveals = new ArrayList<>();
        log.get("items").forEach(e -> {
            if ("REVEAL".equals(e.get("action").asString())) {
                reveals.add(e);
            }
        });
        assertThat(reveals).as("one entry per reveal; the refused ones are not reveals").hasSize(1);
        assertThat(reveals.get(0).get("actor").asString()).isEqualTo("cs-agent");
        assertThat(reveals.get(0).get("caseNumber").asString()).isEqualTo(created.text("caseNumber"));
    }

    @Test
    void presenceTellsWhoElseIsViewingACase() {
        String tenant = newTenant("presence");
        String agent = api.token(tenant, "cs-agent", "AGENT", "customer-service");
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        String legal = api.token(tenant, "legal-agent", "AGENT", "legal");
        String id = api.post("/api/v1/complaints", agent, complaintBody("微波炉")).text("id");
        String path = "/api/v1/complaints/" + id + "/presence";
        assertThat(api.put(path, agent, null).body().get("others")).isEmpty();
        assertThat(api.put(path, sup, null).body().get("others").get(0).asString()).isEqualTo("cs-agent");
        assertThat(api.put(path, legal, null).status()).as("only for a case the caller may see").isEqualTo(404);
        assertThat(api.put(path, api.token(newTenant("presence-other"), "sup", "SUPERVISOR", null), null).status())
                .isEqualTo(404);
        assertThat(api.delete(path, sup).status()).isEqualTo(204);
        assertThat(api.put(path, agent, null).body().get("others")).as("the supervisor left").isEmpty();
    }

    @Test
    void bulkActionsChangeEachCaseOnItsOwnAndSayWhatHappened() {
        String tenant = newTenant("bulk");
        String agent = api.token(tenant, "cs-agent", "AGENT", "customer-service");
        String legal = api.token(tenant, "legal-agent", "AGENT", "legal");
        String triaged = api.post("/api/v1/complaints", agent, complaintBody("烤箱")).text("id");
        api.post("/api/v1/complaints/" + triaged + "/triage", agent,
                Map.of("category", "PRODUCT_QUALITY", "complexity", "GENERAL", "urgency", "NORMAL"));
        String fresh = api.post("/api/v1/complaints", agent, complaintBody("吹风机")).text("id");
        String hidden = api.post("/api/v1/complaints", legal, complaintBody("合同")).text("id");

        Response urgent = api.post("/api/v1/complaints/bulk", agent, Map.of("action", "SET_URGENCY",
                "ids", List.of(triaged, fresh, hidden), "urgency", "URGENT", "urgencyReason", "批量：安全隐患"));
        assertThat(urgent.status()).isEqualTo(200);
        assertThat(urgent.body().get("succeeded").asInt()).isEqualTo(1);
        assertThat(urgent.body().get("failed").asInt()).isEqualTo(2);
        JsonNode outcomes = urgent.body().get("outcomes");
        assertThat(outcomes.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(outcomes.get(1).get("status").asInt()).as("not triaged yet").isEqualTo(409);
        assertThat(outcomes.get(1).get("problem").get("type").asString()).endsWith("/not-triaged");
        assertThat(outcomes.get(2).get("status").asInt()).as("another department's case is not found").isEqualTo(404);
        assertThat(outcomes.get(2).get("caseNumber").isNull()).isTrue();
        assertThat(api.get("/api/v1/complaints/" + triaged, agent).text("urgency")).isEqualTo("URGENT");

        Response moved = api.post("/api/v1/complaints/bulk", agent, Map.of("action", "TRANSFER",
                "ids", List.of(triaged, fresh), "toDepartmentId", departmentId(tenant, "product"), "note", "一并检测"));
        assertThat(moved.body().get("succeeded").asInt()).as("a RECEIVED case is not transferable").isEqualTo(1);
        JsonNode handover = api.get("/api/v1/complaints/" + triaged, agent).body().get("handovers").get(0);
        assertThat(handover.get("note").asString()).isEqualTo("一并检测");

        Response assign = api.post("/api/v1/complaints/bulk", agent, Map.of("action", "ASSIGN", "ids", List.of(triaged),
                "userId", "someone"));
        assertThat(assign.body().get("outcomes").get(0).get("status").asInt()).as("agents do not assign").isEqualTo(403);

        Response bad = api.post("/api/v1/complaints/bulk", agent, Map.of("action", "TRANSFER", "ids", List.of()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    void savedViewsArePersonalUnlessASupervisorSharesThem() {
        String tenant = newTenant("views");
        String agent = api.token(tenant, "cs-agent", "AGENT", "customer-service");
        String other = api.token(tenant, "other-agent", "AGENT", "customer-service");
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        Response mine = api.post("/api/v1/saved-views", agent, Map.of("name", "我的紧急", "query", "queue=&category=OTHER&sort=nextDue"));
        assertThat(mine.status()).isEqualTo(201);
        assertThat(api.post("/api/v1/saved-views", agent, Map.of("name", "x", "query", "q=a", "shared", true)).status())
                .as("agents do not share").isEqualTo(403);
        assertThat(api.post("/api/v1/saved-views", agent, Map.of("name", "x", "query", "evil=1")).status()).isEqualTo(400);
        Response shared = api.post("/api/v1/saved-views", sup, Map.of("name", "全部已超时", "query", "queue=BREACHED", "shared", true));
        assertThat(shared.status()).isEqualTo(201);

        assertThat(api.get("/api/v1/saved-views", agent).body()).hasSize(2);
        assertThat(api.get("/api/v1/saved-views", other).body()).hasSize(1);
        assertThat(api.delete("/api/v1/saved-views/" + mine.text("id"), other).status())
                .as("another person's private view does not exist").isEqualTo(404);
        assertThat(api.delete("/api/v1/saved-views/" + shared.text("id"), agent).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/saved-views", api.token(newTenant("views-other"), "sup", "SUPERVISOR", null)).body())
                .isEmpty();
        assertThat(api.put("/api/v1/saved-views/" + mine.text("id"), agent,
                Map.of("name", "我的", "query", "queue=MINE")).text("name")).isEqualTo("我的");
        assertThat(api.delete("/api/v1/saved-views/" + mine.text("id"), agent).status()).isEqualTo(204);
    }

    @Test
    void theWorkspaceSaysWhoTheReaderIs() {
        String tenant = newTenant("ws");
        Response ws = api.get("/api/v1/workspace", api.token(tenant, "cs-agent", "AGENT", "customer-service"));
        assertThat(ws.status()).isEqualTo(200);
        assertThat(ws.body().get("tenant").get("slug").asString()).isEqualTo(tenant);
        assertThat(ws.body().get("userId").asString()).isEqualTo("cs-agent");
        assertThat(ws.body().get("supervisor").asBoolean()).isFalse();
        assertThat(ws.body().get("myDepartmentIds").get(0).asString()).isEqualTo(departmentId(tenant, "customer-service"));
        assertThat(ws.body().get("departments")).hasSize(4);
    }

    private static List<String> actions(Response r) {
        List<String> out = new ArrayList<>();
        r.body().get("allowedActions").forEach(a -> out.add(a.asString()));
        return out;
    }

    private Map<String, Long> counts(String token) {
        Map<String, Long> out = new java.util.HashMap<>();
        api.get("/api/v1/complaints/queues", token).body().forEach(q -> out.put(q.get("queue").asString(), q.get("count").asLong()));
        return out;
    }
}
