package com.complaints.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

/** The whole lifecycle through the REST API with JWTs, on real PostgreSQL. */
class ComplaintLifecycleIT extends ServerIntegrationTest {

    private String tenant;
    private String intakeAgent;
    private String productAgent;
    private String legalAgent;
    private String supervisor;

    @BeforeEach
    void tenant() {
        tenant = newTenant("life");
        intakeAgent = api.token(tenant, "cs-alice", "AGENT", "customer-service");
        productAgent = api.token(tenant, "prod-paul", "AGENT", "product");
        legalAgent = api.token(tenant, "legal-lin", "AGENT", "legal");
        supervisor = api.token(tenant, "sup-sam", "SUPERVISOR", null);
    }

    @Test
    void complexCaseGoesThroughTransferNegotiationFollowUpSecondRoundAndClosure() {
        Response created = api.post("/api/v1/complaints", intakeAgent, complaintBody("电热水壶 K1"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        String caseNumber = created.text("caseNumber");
        String accessCode = created.text("accessCode");
        assertThat(caseNumber).matches(tenant.toUpperCase() + "-\\d{8}-\\d{6}");
        assertThat(accessCode).hasSize(20);
        assertThat(created.header("Location")).endsWith("/api/v1/complaints/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        Response triaged = api.post(path(id, "triage"), intakeAgent, Map.of("category", "PRODUCT_QUALITY",
                "complexity", "COMPLEX", "urgency", "URGENT", "urgencyReason", "漏电，涉及人身安全"), ifMatch("\"0\""));
        assertThat(triaged.status()).isEqualTo(200);
        assertThat(triaged.text("status")).isEqualTo("TRIAGED");
        assertThat(triaged.header("ETag")).isEqualTo("\"1\"");

        String product = departmentId(tenant, "product");
        Response transferred = api.post(path(id, "transfers"), intakeAgent,
                Map.of("toDepartmentId", product, "note", "疑似质量问题，请安排检测"), ifMatch(triaged.header("ETag")));
        assertThat(transferred.text("status")).isEqualTo("ASSIGNED");
        JsonNode handover = transferred.body().get("handovers").get(0);
        assertThat(handover.get("fromUserId").asString()).isEqualTo("cs-alice");
        assertThat(handover.get("toDepartmentId").asString()).isEqualTo(product);
        assertThat(handover.get("pending").asBoolean()).isTrue();

        // the customer-service agent may not acknowledge for the product department
        assertThat(api.post(path(id, "transfers/" + handover.get("id").asString() + "/acknowledge"), intakeAgent, null).status())
                .isEqualTo(403);
        Response acknowledged = api.post(path(id, "transfers/" + handover.get("id").asString() + "/acknowledge"), productAgent, null);
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.text("status")).isEqualTo("IN_PROGRESS");
        assertThat(acknowledged.text("assigneeUserId")).isEqualTo("prod-paul");
        JsonNode ack = acknowledged.body().get("handovers").get(0);
        assertThat(ack.get("acknowledgedBy").asString()).isEqualTo("prod-paul");
        assertThat(ack.get("pending").asBoolean()).isFalse();

        assertThat(api.post(path(id, "progress"), productAgent, Map.of("message", "已安排质检，预计3个工作日出结果")).status()).isEqualTo(200);
        String first = proposed(api.post(path(id, "solutions"), productAgent, Map.of("text", "更换新品")));
        Response rejected = api.post(path(id, "solutions/" + first + "/reject"), intakeAgent,
                Map.of("reason", "消费者要求退款而非换货"));
        assertThat(rejected.text("status")).isEqualTo("IN_PROGRESS");
        String second = proposed(api.post(path(id, "solutions"), productAgent, Map.of("text", "全额退款并补偿100元")));

        // the consumer reads progress and accepts on the public page
        Response publicView = api.get("/public/" + tenant + "/complaints/" + caseNumber + "?code=" + accessCode, null);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.text("status")).isEqualTo("SOLUTION_PROPOSED");
        assertThat(publicView.text("departmentNameZh")).isEqualTo("产品部");
        assertThat(publicView.body().get("progress").get(0).get("message").asString()).contains("质检");
        assertThat(publicView.raw().body()).doesNotContain("prod-paul").doesNotContain("cs-alice").doesNotContain("138");
        Response accepted = api.post("/public/" + tenant + "/complaints/" + caseNumber + "/solutions/" + second + "/accept",
                null, Map.of("code", accessCode));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.text("status")).isEqualTo("RESOLVED");
        assertThat(accepted.text("resolution")).isEqualTo("全额退款并补偿100元");

        // dissatisfied follow-up: second round, with the legal department
        Response reopened = api.post(path(id, "follow-ups"), intakeAgent,
                Map.of("outcome", "DISSATISFIED", "satisfaction", 2, "problemSolved", false, "comment", "退款迟迟未到账"));
        assertThat(reopened.text("status")).isEqualTo("REOPENED");
        assertThat(reopened.body().get("round").asInt()).isEqualTo(2);
        Response toLegal = api.post(path(id, "transfers"), supervisor,
                Map.of("toDepartmentId", departmentId(tenant, "legal"), "note", "第二轮处理"));
        String legalHandover = toLegal.body().get("handovers").get(1).get("id").asString();
        assertThat(api.post(path(id, "transfers/" + legalHandover + "/acknowledge"), legalAgent, null).text("status"))
                .isEqualTo("IN_PROGRESS");
        String third = proposed(api.post(path(id, "solutions"), legalAgent, Map.of("text", "退款已加急处理并书面致歉")));
        assertThat(api.post(path(id, "solutions/" + third + "/accept"), legalAgent, null).text("status")).isEqualTo("RESOLVED");
        Response closed = api.post(path(id, "follow-ups"), intakeAgent,
                Map.of("outcome", "SATISFIED", "satisfaction", 5, "problemSolved", true));
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.body().get("followUps")).hasSize(2);

        Response timeline = api.get(path(id, "timeline"), supervisor);
        List<String> types = new ArrayList<>();
        timeline.body().forEach(e -> types.add(e.get("type").asString()));
        assertThat(types).containsExactly("RECEIVED", "TRIAGED", "TRANSFERRED", "TRANSFER_ACKNOWLEDGED",
                "PROGRESS_RECORDED", "SOLUTION_PROPOSED", "SOLUTION_REJECTED", "SOLUTION_PROPOSED", "SOLUTION_ACCEPTED",
                "FOLLOW_UP_RECORDED", "TRANSFERRED", "TRANSFER_ACKNOWLEDGED", "SOLUTION_PROPOSED", "SOLUTION_ACCEPTED",
                "FOLLOW_UP_RECORDED");
        JsonNode triageEvent = timeline.body().get(1);
        assertThat(triageEvent.get("actor").asString()).isEqualTo("cs-alice");
        assertThat(triageEvent.get("changes").toString()).contains("\"field\":\"urgency\"", "\"after\":\"URGENT\"");
        assertThat(timeline.body().get(8).get("actor").asString()).isEqualTo("consumer");
    }

    @Test
    void simpleCaseIsResolvedOnTheSpotAndAgentsSeeOnlyTheirCases() {
        String id = api.post("/api/v1/complaints", intakeAgent, complaintBody("会员卡")).text("id");
        api.post(path(id, "triage"), intakeAgent, Map.of("category", "SERVICE_PROCESS", "complexity", "SIMPLE", "urgency", "NORMAL"));
        Response resolved = api.post(path(id, "resolve"), intakeAgent, Map.of("resolution", "当场解释积分规则，消费者认可"));
        assertThat(resolved.text("status")).isEqualTo("RESOLVED");

        // a product agent neither took it in nor belongs to its department: not found, as if it did not exist
        Response hidden = api.get(path(id, ""), productAgent);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/complaints?size=100", productAgent).raw().body()).doesNotContain(id);
        assertThat(api.get("/api/v1/complaints?size=100", supervisor).raw().body()).contains(id);
    }

    @Test
    void illegalTransitionsAnswer409AndOnlySupervisorsReopen() {
        String id = api.post("/api/v1/complaints", intakeAgent, complaintBody("空调")).text("id");
        Response illegal = api.post(path(id, "solutions"), intakeAgent, Map.of("text", "x"));
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.contentType()).startsWith("application/problem+json");
        assertThat(illegal.text("type")).endsWith("/illegal-transition");

        api.post(path(id, "triage"), intakeAgent, Map.of("category", "OTHER", "complexity", "COMPLEX", "urgency", "NORMAL"));
        Response notSimple = api.post(path(id, "resolve"), intakeAgent, Map.of("resolution", "x"));
        assertThat(notSimple.status()).isEqualTo(409);
        assertThat(notSimple.text("type")).endsWith("/not-simple");

        Response rejected = api.post(path(id, "reject"), intakeAgent, Map.of("reason", "重复投诉"));
        assertThat(rejected.text("status")).isEqualTo("REJECTED");
        assertThat(api.post(path(id, "withdraw"), intakeAgent, Map.of("reason", "x")).status()).isEqualTo(409);

        String other = api.post("/api/v1/complaints", intakeAgent, complaintBody("冰箱")).text("id");
        api.post(path(other, "triage"), intakeAgent, Map.of("category", "OTHER", "complexity", "SIMPLE", "urgency", "NORMAL"));
        api.post(path(other, "resolve"), intakeAgent, Map.of("resolution", "已解释"));
        assertThat(api.post(path(other, "reopen"), intakeAgent, Map.of("reason", "误关")).status()).isEqualTo(403);
        assertThat(api.post(path(other, "reopen"), supervisor, Map.of("reason", "误关")).text("status")).isEqualTo("REOPENED");
        assertThat(api.post(path(other, "withdraw"), intakeAgent, Map.of("reason", "消费者撤回")).text("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void listFiltersAndPages() {
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/complaints", intakeAgent, complaintBody("洗衣机 " + i));
        }
        Map<String, Object> email = new java.util.HashMap<>(complaintBody("网页"));
        email.put("channel", "email");
        api.post("/api/v1/complaints", intakeAgent, email);
        Response page = api.get("/api/v1/complaints?status=RECEIVED&channel=phone&size=2&sort=receivedAt,asc", supervisor);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("items")).hasSize(2);
        assertThat(page.body().get("totalItems").asInt()).isEqualTo(3);
        assertThat(page.raw().body()).doesNotContain("138 0013").doesNotContain("世纪大道");
        Response emails = api.get("/api/v1/complaints?channel=email", supervisor);
        assertThat(emails.body().get("totalItems").asInt()).isEqualTo(1);
        Response badSort = api.get("/api/v1/complaints?sort=consumerPhone", supervisor);
        assertThat(badSort.status()).isEqualTo(400);
    }

    private static String proposed(Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        assertThat(response.text("status")).isEqualTo("SOLUTION_PROPOSED");
        JsonNode solutions = response.body().get("solutions");
        return solutions.get(solutions.size() - 1).get("id").asString();
    }

    private static String path(String id, String action) {
        return "/api/v1/complaints/" + id + (action.isEmpty() ? "" : "/" + action);
    }
}
