package com.complaints.server.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

class TriageHintsIT extends ServerIntegrationTest {

    private String tenant;
    private String admin;
    private String agent;

    @BeforeEach
    void tenant() {
        tenant = newTenant("hint");
        admin = api.token(tenant, "root", "TENANT_ADMIN", null);
        agent = api.token(tenant, "alice", "AGENT", "customer-service");
    }

    private String complaint(String description) {
        Map<String, Object> body = new HashMap<>(complaintBody("燃气热水器"));
        body.put("description", description);
        return api.post("/api/v1/complaints", agent, body).text("id");
    }

    @Test
    void hintsCarryEvidenceAndTheirQualityIsMeasured() {
        String fire = complaint("热水器使用中冒烟起火，孩子受伤！！太过分了，我非常气愤！！！");
        JsonNode hints = api.get("/api/v1/complaints/" + fire + "/hints", agent).body();
        assertThat(hints.get("urgent").get("suggested").asBoolean()).isTrue();
        assertThat(hints.get("urgent").get("evidence").toString()).contains("起火", "冒烟", "受伤", "孩子");
        assertThat(hints.get("emotion").get("level").asString()).isEqualTo("HIGH");
        assertThat(hints.get("legal").get("suggested").asBoolean()).isFalse();

        String calm = complaint("The heater's display shows the wrong temperature.");
        JsonNode none = api.get("/api/v1/complaints/" + calm + "/hints", agent).body();
        assertThat(none.get("urgent").get("suggested").asBoolean()).isFalse();
        assertThat(none.get("emotion").get("score").asInt()).isZero();

        // the agent follows the urgent hint on the first, and marks the second urgent without a hint
        api.post("/api/v1/complaints/" + fire + "/triage", agent, Map.of("category", "PRODUCT_QUALITY",
                "complexity", "COMPLEX", "urgency", "URGENT", "urgencyReason", "起火伤人"));
        api.post("/api/v1/complaints/" + calm + "/triage", agent, Map.of("category", "PRODUCT_PERFORMANCE",
                "complexity", "GENERAL", "urgency", "URGENT", "urgencyReason", "VIP"));
        JsonNode quality = api.get("/api/v1/admin/hint-quality", admin).body();
        JsonNode urgent = quality.get(0);
        assertThat(urgent.get("hint").asString()).isEqualTo("URGENT");
        assertThat(urgent.get("followed").asLong()).isEqualTo(1);
        assertThat(urgent.get("missed").asLong()).isEqualTo(1);
        assertThat(urgent.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(urgent.get("recall").asDouble()).isEqualTo(0.5);
    }

    @Test
    void tenantsEditTheirOwnLexicons() {
        Response defaults = api.get("/api/v1/admin/hint-lexicons", admin);
        assertThat(defaults.header("ETag")).isEqualTo("\"0\"");
        assertThat(defaults.body().get("legal").toString()).contains("律师", "lawyer");
        Response saved = api.send(api.builder("/api/v1/admin/hint-lexicons", admin, Map.of("If-Match", "\"0\""))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(api.json().writeValueAsString(Map.of(
                        "urgency", List.of("燃气泄漏"), "legal", List.of("律师函"), "negativeEmotion", List.of("气死了"))))).build());
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        String id = complaint("闻到燃气泄漏的味道，已经收到律师函了");
        JsonNode hints = api.get("/api/v1/complaints/" + id + "/hints", agent).body();
        assertThat(hints.get("urgent").get("evidence").toString()).contains("燃气泄漏");
        assertThat(hints.get("legal").get("evidence").toString()).contains("律师函");
        assertThat(api.get("/api/v1/admin/audit-log", admin).raw().body()).contains("HINT_LEXICONS_CHANGED");

        String otherAdmin = api.token(newTenant("hint-other"), "root", "TENANT_ADMIN", null);
        Response theirs = api.get("/api/v1/admin/hint-lexicons", otherAdmin);
        assertThat(theirs.header("ETag")).isEqualTo("\"0\"");
        assertThat(theirs.raw().body()).doesNotContain("律师函");
        assertThat(api.put("/api/v1/admin/hint-lexicons", admin, Map.of("urgency", List.of(""))).status()).isEqualTo(400);
    }
}
