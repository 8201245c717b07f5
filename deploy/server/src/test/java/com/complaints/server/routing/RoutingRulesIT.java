package com.complaints.server.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

class RoutingRulesIT extends ServerIntegrationTest {

    private String tenant;
    private String admin;
    private String legal;
    private String product;

    @BeforeEach
    void tenant() {
        tenant = newTenant("route");
        admin = api.token(tenant, "root", "TENANT_ADMIN", null);
        legal = departmentId(tenant, "legal");
        product = departmentId(tenant, "product");
    }

    private List<Map<String, Object>> rules() {
        return List.of(
                Map.of("name", "legal threats", "enabled", true, "match", "ANY",
                        "conditions", List.of(Map.of("field", "KEYWORDS", "values", List.of("律师", "起诉", "lawyer", "sue"))),
                        "targetDepartmentId", legal, "priority", "HIGH"),
                Map.of("name", "product quality", "enabled", true, "match", "ALL",
                        "conditions", List.of(Map.of("field", "CATEGORY", "values", List.of("PRODUCT_QUALITY")),
                                Map.of("field", "REGION", "values", List.of("31"))),
                        "targetDepartmentId", product));
    }

    @Test
    void rulesAreVersionedAuditedAndDryRunWithATrace() {
        assertThat(api.get("/api/v1/admin/routing-rules", admin).body().get("version").asInt()).isZero();
        Response saved = api.send(api.builder("/api/v1/admin/routing-rules", admin, Map.of("If-Match", "\"0\""))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(api.json().writeValueAsString(rules()))).build());
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.body().get("version").asInt()).isEqualTo(1);
        assertThat(saved.body().get("rules").get(0).get("id").isNull()).isFalse();

        Response dryRun = api.post("/api/v1/admin/routing-rules/dry-run", admin, Map.of("category", "PRODUCT_QUALITY",
                "regionCode", "310115", "description", "屏幕有坏点"));
        assertThat(dryRun.text("ruleName")).isEqualTo("product quality");
        assertThat(dryRun.text("departmentId")).isEqualTo(product);
        assertThat(dryRun.body().get("trace")).hasSize(2);
        assertThat(dryRun.body().get("trace").get(0).get("matched").asBoolean()).isFalse();

        // a draft is routed as typed, without saving it; an invalid draft answers where it is wrong
        var draft = new java.util.ArrayList<>(rules());
        java.util.Collections.reverse(draft);
        Response drafted = api.post("/api/v1/admin/routing-rules/draft/dry-run", admin, Map.of("rules", draft,
                "sample", Map.of("category", "PRODUCT_QUALITY", "regionCode", "310115", "description", "屏幕有坏点")));
        assertThat(drafted.status()).as(drafted.raw().body()).isEqualTo(200);
        assertThat(drafted.body().get("trace").get(0).get("name").asString()).isEqualTo("product quality");
        assertThat(drafted.body().get("trace")).hasSize(1);
        Response invalidDraft = api.post("/api/v1/admin/routing-rules/draft/dry-run", admin, Map.of("rules",
                List.of(Map.of("name", "", "conditions", List.of(), "targetDepartmentId", product))));
        assertThat(invalidDraft.status()).isEqualTo(400);
        assertThat(invalidDraft.raw().body()).contains("[0].name", "[0].conditions");
        assertThat(api.get("/api/v1/admin/routing-rules/versions", admin).body()).hasSize(1);

        Response defaulted = api.post("/api/v1/admin/routing-rules/dry-run", admin, Map.of("description", "There is an issue"));
        assertThat(defaulted.body().get("defaulted").asBoolean()).isTrue();
        assertThat(defaulted.text("departmentId")).isEqualTo(departmentId(tenant, "customer-service"));

        Response stale = api.send(api.builder("/api/v1/admin/routing-rules", admin, Map.of("If-Match", "\"0\""))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("[]")).build());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("/api/v1/admin/routing-rules/versions", admin).body()).hasSize(1);
        Response audit = api.get("/api/v1/admin/audit-log", admin);
        assertThat(audit.body().get("items").get(0).get("action").asString()).isEqualTo("ROUTING_RULES_CHANGED");
        assertThat(audit.body().get("items").get(0).get("actor").asString()).isEqualTo("root");
    }

    @Test
    void theSuggestionForACaseFollowsTheRules() {
        api.put("/api/v1/admin/routing-rules", admin, rules());
        String agent = api.token(tenant, "alice", "AGENT", "customer-service");
        Map<String, Object> body = new java.util.HashMap<>(complaintBody("会员服务"));
        body.put("description", "你们再不处理，我就请律师起诉");
        String id = api.post("/api/v1/complaints", agent, body).text("id");
        Response suggestion = api.get("/api/v1/complaints/" + id + "/routing-suggestion", agent);
        assertThat(suggestion.status()).isEqualTo(200);
        assertThat(suggestion.text("departmentId")).isEqualTo(legal);
        assertThat(suggestion.text("priority")).isEqualTo("HIGH");
        assertThat(suggestion.body().get("trace").get(0).get("conditions").get(0).get("evidence").toString())
                .contains("律师", "起诉");
    }

    @Test
    void channelIntakeIsRoutedAutomaticallyWhenEnabled() {
        api.put("/api/v1/admin/routing-rules", admin, rules());
        Map<String, Object> form = Map.of("consumer", Map.of("name", "王五", "email", "wang@example.cn"),
                "subject", Map.of("type", "SERVICE", "name", "会员服务"), "description", "再不退款我就请律师起诉你们");
        String before = api.post("/public/" + tenant + "/complaints", null, form).text("caseNumber");
        String supervisor = api.token(tenant, "sam", "SUPERVISOR", null);
        assertThat(api.get("/api/v1/complaints?status=RECEIVED", supervisor).raw().body()).contains(before);

        Response on = api.put("/api/v1/admin/routing-rules/settings", admin, Map.of("autoRouteIntake", true));
        assertThat(on.body().get("autoRouteIntake").asBoolean()).isTrue();
        String routed = api.post("/public/" + tenant + "/complaints", null, form).text("caseNumber");
        var page = api.get("/api/v1/complaints?status=ASSIGNED", supervisor).body().get("items");
        String id = null;
        for (var item : page) {
            if (item.get("caseNumber").asString().equals(routed)) {
                id = item.get("id").asString();
            }
        }
        assertThat(id).as("routed case in ASSIGNED").isNotNull();
        Response routedCase = api.get("/api/v1/complaints/" + id, supervisor);
        assertThat(routedCase.text("departmentId")).isEqualTo(legal);
        var handover = routedCase.body().get("handovers").get(0);
        assertThat(handover.get("fromUserId").asString()).isEqualTo("system");
        assertThat(handover.get("pending").asBoolean()).isTrue();

        // the receiving department acknowledges, then assesses the case it got without triage
        String legalAgent = api.token(tenant, "lin", "AGENT", "legal");
        assertThat(api.post("/api/v1/complaints/" + id + "/transfers/" + handover.get("id").asString() + "/acknowledge",
                legalAgent, null).text("status")).isEqualTo("IN_PROGRESS");
        Response assessed = api.post("/api/v1/complaints/" + id + "/triage", legalAgent,
                Map.of("category", "LEGAL_DISPUTE", "complexity", "COMPLEX", "urgency", "NORMAL"));
        assertThat(assessed.text("status")).isEqualTo("IN_PROGRESS");
        assertThat(assessed.text("category")).isEqualTo("LEGAL_DISPUTE");
        assertThat(assessed.body().get("clocks").toString()).contains("RESOLUTION");

        // staff intake is not routed automatically
        String agent = api.token(tenant, "alice", "AGENT", "customer-service");
        Map<String, Object> staffBody = new java.util.HashMap<>(complaintBody("会员服务"));
        staffBody.put("description", "再不退款我就请律师起诉你们");
        assertThat(api.post("/api/v1/complaints", agent, staffBody).text("status")).isEqualTo("RECEIVED");
    }

    @Test
    void invalidRulesAreRefusedAndRulesStayWithTheirTenant() {
        Response bad = api.put("/api/v1/admin/routing-rules", admin, List.of(Map.of("name", "", "conditions", List.of(),
                "targetDepartmentId", departmentId(newTenant("route-other"), "legal"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw().body()).contains("[0].name", "[0].conditions", "[0].targetDepartmentId");
        api.put("/api/v1/admin/routing-rules", admin, rules());
        String otherAdmin = api.token(newTenant("route-b"), "root", "TENANT_ADMIN", null);
        assertThat(api.get("/api/v1/admin/routing-rules", otherAdmin).body().get("version").asInt()).isZero();
        assertThat(api.get("/api/v1/admin/audit-log", otherAdmin).raw().body()).doesNotContain("ROUTING_RULES_CHANGED");
        assertThat(api.get("/api/v1/admin/routing-rules", api.token(tenant, "alice", "AGENT", null)).status()).isEqualTo(403);
    }
}
