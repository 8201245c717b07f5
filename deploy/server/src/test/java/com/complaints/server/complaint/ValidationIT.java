package com.complaints.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

/** Bad input gets a clear problem and leaves nothing half-written. */
class ValidationIT extends ServerIntegrationTest {

    private String tenant;
    private String agent;
    private String supervisor;

    @BeforeEach
    void tenant() {
        tenant = newTenant("valid");
        agent = api.token(tenant, "agent", "AGENT", "customer-service");
        supervisor = api.token(tenant, "sup", "SUPERVISOR", null);
    }

    @Test
    void everyInvalidFieldIsListed() {
        Map<String, Object> body = new HashMap<>(complaintBody("x"));
        body.put("consumer", Map.of("name", "", "phone", "call me", "email", "no-at-sign", "regionCode", "上海"));
        body.put("description", "");
        Response r = api.post("/api/v1/complaints", agent, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("type")).endsWith("/validation");
        assertThat(fields(r)).containsExactlyInAnyOrder("consumer.name", "consumer.phone", "consumer.email",
                "consumer.regionCode", "description");
        assertThat(total()).isZero();
    }

    @Test
    void problemsSpeakTheReadersLanguage() {
        Map<String, Object> body = new HashMap<>(complaintBody("x"));
        body.put("consumer", Map.of("name", "张三"));
        Response zh = api.post("/api/v1/complaints", agent, body, Map.of("Accept-Language", "zh-CN,zh;q=0.9"));
        assertThat(zh.text("title")).isEqualTo("请求无效");
        assertThat(zh.body().get("errors").get(0).get("message").asString()).isEqualTo("请至少填写电话或电子邮箱之一");
        assertThat(zh.body().get("errors").get(0).get("code").asString()).isEqualTo("contact-required");
        Response en = api.post("/api/v1/complaints", agent, body, Map.of("Accept-Language", "en"));
        assertThat(en.text("title")).isEqualTo("Invalid request");
        assertThat(en.body().get("errors").get(0).get("message").asString()).contains("phone number or an e-mail");
        Response notFound = api.get("/api/v1/complaints/" + UUID.randomUUID(), agent);
        assertThat(notFound.text("detail")).isEqualTo("所请求的投诉不存在。");
    }

    @Test
    void unknownFieldsAreRejected() {
        Map<String, Object> body = new HashMap<>(complaintBody("x"));
        body.put("priority", "HIGH");
        Response r = api.post("/api/v1/complaints", agent, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("priority");
    }

    @Test
    void wrongTypesAndMalformedJsonAreProblems() {
        Map<String, Object> body = new HashMap<>(complaintBody("x"));
        body.put("subject", Map.of("type", "GADGET", "name", "x"));
        Response badEnum = api.post("/api/v1/complaints", agent, body);
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(fields(badEnum)).containsExactly("subject.type");

        Response malformed = api.post("/api/v1/complaints", agent, "{\"channel\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Response badId = api.get("/api/v1/complaints/not-a-uuid", agent);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.contentType()).startsWith("application/problem+json");
        assertThat(total()).isZero();
    }

    @Test
    void oversizedBodiesAre413() {
        Map<String, Object> body = new HashMap<>(complaintBody("x"));
        body.put("description", "很".repeat(400_000));
        Response r = api.post("/api/v1/complaints", agent, body);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");

        // chunked, no Content-Length
        byte[] big = ("{\"description\":\"" + "x".repeat(1_100_000) + "\"}").getBytes();
        Response chunked = api.send(api.builder("/api/v1/complaints", agent, Map.of())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build());
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(total()).isZero();
    }

    @Test
    void aRefusedActionLeavesTheCaseAsItWas() {
        Response created = api.post("/api/v1/complaints", agent, complaintBody("x"));
        String id = created.text("id");
        api.post("/api/v1/complaints/" + id + "/triage", agent, Map.of("category", "OTHER", "complexity", "GENERAL", "urgency", "NORMAL"));
        Response before = api.get("/api/v1/complaints/" + id, agent);

        Response unknownDepartment = api.post("/api/v1/complaints/" + id + "/transfers", agent,
                Map.of("toDepartmentId", UUID.randomUUID().toString()));
        assertThat(unknownDepartment.status()).isEqualTo(400);
        assertThat(fields(unknownDepartment)).containsExactly("toDepartmentId");
        Response urgentWithoutReason = api.post("/api/v1/complaints/" + id + "/triage", agent,
                Map.of("category", "OTHER", "complexity", "GENERAL", "urgency", "URGENT"));
        assertThat(fields(urgentWithoutReason)).containsExactly("urgencyReason");
        Response badFollowUp = api.post("/api/v1/complaints/" + id + "/follow-ups", agent,
                Map.of("outcome", "SATISFIED", "satisfaction", 9));
        assertThat(fields(badFollowUp)).containsExactly("satisfaction");

        Response after = api.get("/api/v1/complaints/" + id, agent);
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(api.get("/api/v1/complaints/" + id + "/timeline", agent).body()).hasSize(2);
    }

    @Test
    void publicFormValidatesAndTakesNoChannelOrDates() {
        Response r = api.post("/public/" + tenant + "/complaints", null, Map.of(
                "consumer", Map.of("name", "Li"), "subject", Map.of("type", "SERVICE", "name", "配送"), "description", "x"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("consumer");
        Response withChannel = api.post("/public/" + tenant + "/complaints", null, Map.of("channel", "phone",
                "consumer", Map.of("name", "Li", "email", "li@example.com"), "subject", Map.of("type", "SERVICE", "name", "配送"),
                "description", "x"));
        assertThat(fields(withChannel)).containsExactly("channel");
        assertThat(total()).isZero();
    }

    @Test
    void textIsStoredAsGiven() {
        Map<String, Object> body = new HashMap<>(complaintBody("<script>alert(1)</script>"));
        body.put("description", "漏电 \"quoted\" <b>bold</b> & 'single'");
        String id = api.post("/api/v1/complaints", agent, body).text("id");
        Response read = api.get("/api/v1/complaints/" + id, agent);
        assertThat(read.body().get("subject").get("name").asString()).isEqualTo("<script>alert(1)</script>");
        assertThat(read.text("description")).isEqualTo("漏电 \"quoted\" <b>bold</b> & 'single'");
        assertThat(read.contentType()).startsWith("application/json");
        assertThat(read.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private int total() {
        return api.get("/api/v1/complaints", supervisor).body().get("totalItems").asInt();
    }

    private static List<String> fields(Response r) {
        List<String> fields = new ArrayList<>();
        r.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
