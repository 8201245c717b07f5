package com.complaints.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ApiIntegrationTest;
import com.complaints.server.support.ServerUnderTest;

/**
 * The complaint lifecycle through the REST API with JWTs: one contract, run against every database the product
 * supports (PostgreSQL in {@code ComplaintLifecycleIT}, the embedded H2 default in {@code EmbeddedComplaintLifecycleIT}).
 */
interface ComplaintLifecycleContract extends ServerUnderTest {

    /** A fresh tenant and its staff. */
    record Actors(String tenant, String intakeAgent, String productAgent, String legalAgent, String supervisor) {
    }

    default Actors actors() {
        String tenant = newTenant("life");
        return new Actors(tenant, api().token(tenant, "cs-alice", "AGENT", "customer-service"),
                api().token(tenant, "prod-paul", "AGENT", "product"), api().token(tenant, "legal-lin", "AGENT", "legal"),
                api().token(tenant, "sup-sam", "SUPERVISOR", null));
    }

    @Test
    default void complexCaseGoesThroughTransferNegotiationFollowUpSecondRoundAndClosure() {
        Actors s = actors();
        Response created = api().post("/api/v1/complaints", s.intakeAgent(), ApiIntegrationTest.complaintBody("电热水壶 K1"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        String caseNumber = created.text("caseNumber");
        String accessCode = created.text("accessCode");
        assertThat(caseNumber).matches(s.tenant().toUpperCase() + "-\\d{8}-\\d{6}");
        assertThat(accessCode).hasSize(20);
        assertThat(created.header("Location")).endsWith("/api/v1/complaints/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        Response triaged = api().post(path(id, "triage"), s.intakeAgent(), Map.of("category", "PRODUCT_QUALITY",
                "complexity", "COMPLEX", "urgency", "URGENT", "urgencyReason", "漏电，涉及人身安全"), ApiIntegrationTest.ifMatch("\"0\""));
        assertThat(triaged.status()).isEqualTo(200);
        assertThat(triaged.text("status")).isEqualTo("TRIAGED");
        assertThat(triaged.header("ETag")).isEqualTo("\"1\"");

        String product = departmentId(s.tenant(), "product");
        Response transferred = api().post(path(id, "transfers"), s.intakeAgent(),
                Map.of("toDepartmentId", product, "note", "疑似质量问题，请安排检测"), ApiIntegrationTest.ifMatch(triaged.header("ETag")));
        assertThat(transferred.text("status")).isEqualTo("ASSIGNED");
        JsonNode handover = transferred.body().get("handovers").get(0);
        assertThat(handover.get("fromUserId").asString()).isEqualTo("cs-alice");
        assertThat(handover.get("toDepartmentId").asString()).isEqualTo(product);
        assertThat(handover.get("pending").asBoolean()).isTrue();

        // the customer-service agent may not acknowledge for the product department
        assertThat(api().post(path(id, "transfers/" + handover.get("id").asString() + "/acknowledge"), s.intakeAgent(), null).status())
                .isEqualTo(403);
        Response acknowledged = api().post(path(id, "transfers/" + handover.get("id").asString() + "/acknowledge"), s.productAgent(), null);
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.text("status")).isEqualTo("IN_PROGRESS");
        assertThat(acknowledged.text("assigneeUserId")).isEqualTo("prod-paul");
        JsonNode ack = acknowledged.body().get("handovers").get(0);
        assertThat(ack.get("acknowledgedBy").asString()).isEqualTo("prod-paul");
        assertThat(ack.get("pending").asBoolean()).isFalse();

        assertThat(api().post(path(id, "progress"), s.productAgent(), Map.of("message", "已安排质检，预计3个工作日出结果")).status()).isEqualTo(200);
        String first = proposed(api().post(path(id, "solutions"), s.productAgent(), Map.of("text", "更换新品")));
        Response rejected = api().post(path(id, "solutions/" + first + "/reject"), s.intakeAgent(),
                Map.of("reason", "消费者要求退款而非换货"));
        assertThat(rejected.text("status")).isEqualTo("IN_PROGRESS");
        String second = proposed(api().post(path(id, "solutions"), s.productAgent(), Map.of("text", "全额退款并补偿100元")));

        // the consumer reads progress and accepts on the public page
        Response publicView = api().get("/public/" + s.tenant() + "/complaints/" + caseNumber + "?code=" + accessCode, null);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.text("status")).isEqualTo("SOLUTION_PROPOSED");
        assertThat(publicView.text("departmentNameZh")).isEqualTo("产品部");
        assertThat(publicView.body().get("progress").get(0).get("message").asString()).contains("质检");
        assertThat(publicView.raw().body()).doesNotContain("prod-paul").doesNotContain("cs-alice")
                // the consumer's phone (+86 138 0013 8000) in any spelling, not "138" inside a random UUID
                .doesNotContain("0013 8000").doesNotContain("00138000").doesNotContain("8000\"");
        Response accepted = api().post("/public/" + s.tenant() + "/complaints/" + caseNumber + "/solutions/" + second + "/accept",
                null, Map.of("code", accessCode));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.text("status")).isEqualTo("RESOLVED");
        assertThat(accepted.text("resolution")).isEqualTo("全额退款并补偿100元");

        // dissatisfied follow-up: second round, with the legal department
        Response reopened = api().post(path(id, "follow-ups"), s.intakeAgent(),
                Map.of("outcome", "DISSATISFIED", "satisfaction", 2, "problemSolved", false, "comment", "退款迟迟未到账"));
        assertThat(reopened.text("status")).isEqualTo("REOPENED");
        assertThat(reopened.body().get("round").asInt()).isEqualTo(2);
        Response toLegal = api().post(path(id, "transfers"), s.supervisor(),
                Map.of("toDepartmentId", departmentId(s.tenant(), "legal"), "note", "第二轮处理"));
        String legalHandover = toLegal.body().get("handovers").get(1).get("id").asString();
        assertThat(api().post(path(id, "transfers/" + legalHandover + "/acknowledge"), s.legalAgent(), null).text("status"))
                .isEqualTo("IN_PROGRESS");
        String third = proposed(api().post(path(id, "solutions"), s.legalAgent(), Map.of("text", "退款已加急处理并书面致歉")));
        assertThat(api().post(path(id, "solutions/" + third + "/accept"), s.legalAgent(), null).text("status")).isEqualTo("RESOLVED");
        Response closed = api().post(path(id, "follow-ups"), s.intakeAgent(),
                Map.of("outcome", "SATISFIED", "satisfaction", 5, "problemSolved", true));
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.body().get("followUps")).hasSize(2);

        Response timeline = api().get(path(id, "timeline"), s.supervisor());
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
    default void simpleCaseIsResolvedOnTheSpotAndAgentsSeeOnlyTheirCases() {
        Actors s = actors();
        String id = api().post("/api/v1/complaints", s.intakeAgent(), ApiIntegrationTest.complaintBody("会员卡")).text("id");
        api().post(path(id, "triage"), s.intakeAgent(), Map.of("category", "SERVICE_PROCESS", "complexity", "SIMPLE", "urgency", "NORMAL"));
        Response resolved = api().post(path(id, "resolve"), s.intakeAgent(), Map.of("resolution", "当场解释积分规则，消费者认可"));
        assertThat(resolved.text("status")).isEqualTo("RESOLVED");

        // a product agent neither took it in nor belongs to its department: not found, as if it did not exist
        Response hidden = api().get(path(id, ""), s.productAgent());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(api().get("/api/v1/complaints?size=100", s.productAgent()).raw().body()).doesNotContain(id);
        assertThat(api().get("/api/v1/complaints?size=100", s.supervisor()).raw().body()).contains(id);
    }

    @Test
    default void illegalTransitionsAnswer409AndOnlySupervisorsReopen() {
        Actors s = actors();
        String id = api().post("/api/v1/complaints", s.intakeAgent(), ApiIntegrationTest.complaintBody("空调")).text("id");
        Response illegal = api().post(path(id, "solutions"), s.intakeAgent(), Map.of("text", "x"));
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.contentType()).startsWith("application/problem+json");
        assertThat(illegal.text("type")).endsWith("/illegal-transition");

        api().post(path(id, "triage"), s.intakeAgent(), Map.of("category", "OTHER", "complexity", "COMPLEX", "urgency", "NORMAL"));
        Response notSimple = api().post(path(id, "resolve"), s.intakeAgent(), Map.of("resolution", "x"));
        assertThat(notSimple.status()).isEqualTo(409);
        assertThat(notSimple.text("type")).endsWith("/not-simple");

        Response rejected = api().post(path(id, "reject"), s.intakeAgent(), Map.of("reason", "重复投诉"));
        assertThat(rejected.text("status")).isEqualTo("REJECTED");
        assertThat(api().post(path(id, "withdraw"), s.intakeAgent(), Map.of("reason", "x")).status()).isEqualTo(409);

        String other = api().post("/api/v1/complaints", s.intakeAgent(), ApiIntegrationTest.complaintBody("冰箱")).text("id");
        api().post(path(other, "triage"), s.intakeAgent(), Map.of("category", "OTHER", "complexity", "SIMPLE", "urgency", "NORMAL"));
        api().post(path(other, "resolve"), s.intakeAgent(), Map.of("resolution", "已解释"));
        assertThat(api().post(path(other, "reopen"), s.intakeAgent(), Map.of("reason", "误关")).status()).isEqualTo(403);
        assertThat(api().post(path(other, "reopen"), s.supervisor(), Map.of("reason", "误关")).text("status")).isEqualTo("REOPENED");
        assertThat(api().post(path(other, "withdraw"), s.intakeAgent(), Map.of("reason", "消费者撤回")).text("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    default void listFiltersAndPages() {
        Actors s = actors();
        for (int i = 0; i < 3; i++) {
            api().post("/api/v1/complaints", s.intakeAgent(), ApiIntegrationTest.complaintBody("洗衣机 " + i));
        }
        Map<String, Object> email = new java.util.HashMap<>(ApiIntegrationTest.complaintBody("网页"));
        email.put("channel", "email");
        api().post("/api/v1/complaints", s.intakeAgent(), email);
        Response page = api().get("/api/v1/complaints?status=RECEIVED&channel=phone&size=2&sort=receivedAt,asc", s.supervisor());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("items")).hasSize(2);
        assertThat(page.body().get("totalItems").asInt()).isEqualTo(3);
        assertThat(page.raw().body()).doesNotContain("138 0013").doesNotContain("世纪大道");
        Response emails = api().get("/api/v1/complaints?channel=email", s.supervisor());
        assertThat(emails.body().get("totalItems").asInt()).isEqualTo(1);
        Response badSort = api().get("/api/v1/complaints?sort=consumerPhone", s.supervisor());
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
