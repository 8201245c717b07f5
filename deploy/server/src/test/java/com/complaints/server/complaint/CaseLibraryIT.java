package com.complaints.server.complaint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The case library: anonymised copies of closed typical cases, searchable by every agent, kept by supervisors. */
class CaseLibraryIT extends ServerIntegrationTest {

    private String closedCase(String tenant, String sup) {
        Map<String, Object> body = new LinkedHashMap<>(complaintBody("电热水壶 K1"));
        body.put("description", "张三先生（身份证 310101199003074512，手机 13800138000，邮箱 zhang.san@example.com）反映电热水壶底座漏电。");
        String id = api.post("/api/v1/complaints", sup, body).text("id");
        api.post("/api/v1/complaints/" + id + "/triage", sup, Map.of("category", "PRODUCT_QUALITY", "complexity", "SIMPLE",
                "urgency", "NORMAL"));
        api.post("/api/v1/complaints/" + id + "/resolve", sup, Map.of("resolution", "已为张三更换新品，并回电 13800138000 确认。"));
        var closed = api.post("/api/v1/complaints/" + id + "/follow-ups", sup,
                Map.of("outcome", "SATISFIED", "satisfaction", 5, "comment", "处理及时"));
        assertThat(closed.text("status")).as(closed.raw().body()).isEqualTo("CLOSED");
        return id;
    }

    @Test
    void aSupervisorMarksAClosedCaseAndAgentsReadItsAnonymisedCopy() {
        String tenant = newTenant("library");
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        String id = closedCase(tenant, sup);
        var marked = api.post("/api/v1/case-library", sup, Map.of("complaintId", id, "kind", "POSITIVE",
                "title", "漏电水壶当天换新", "lessons", "安全问题当天上门，先换新后检测。", "tags", List.of("安全", "换新")));
        assertThat(marked.status()).as(marked.raw().body()).isEqualTo(201);
        String body = marked.text("body");
        assertThat(body).contains("反映电热水壶底座漏电", "已为").doesNotContain("张三", "310101199003074512", "13800138000",
                "zhang.san@example.com");
        assertThat(marked.raw().body()).doesNotContain("caseNumber", "张三");

        String agent = api.token(tenant, "new.agent", "AGENT", null);
        assertThat(api.get("/api/v1/case-library?q=" + enc("漏电"), agent).body().get("totalItems").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/case-library?tag=" + enc("安全"), agent).body().get("totalItems").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/case-library?tag=" + enc("安"), agent).body().get("totalItems").asInt()).isZero();
        assertThat(api.get("/api/v1/case-library/" + marked.text("id"), agent).status()).isEqualTo(200);
        // the original stays where it was: the new agent does not see the case itself
        assertThat(api.get("/api/v1/complaints/" + id, agent).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/case-library", agent, Map.of("complaintId", id, "kind", "NEGATIVE", "title", "x",
                "lessons", "y")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/case-library", sup, Map.of("complaintId", id, "kind", "POSITIVE", "title", "again",
                "lessons", "again")).status()).isEqualTo(409);

        String other = newTenant("library-other");
        String otherAgent = api.token(other, "a", "AGENT", null);
        assertThat(api.get("/api/v1/case-library", otherAgent).body().get("totalItems").asInt()).isZero();
        assertThat(api.get("/api/v1/case-library/" + marked.text("id"), otherAgent).status()).isEqualTo(404);
    }

    @Test
    void onlyClosedCasesGoIntoTheLibrary() {
        String tenant = newTenant("library-open");
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        String open = api.post("/api/v1/complaints", sup, complaintBody("电热水壶 K1")).text("id");
        var refused = api.post("/api/v1/case-library", sup, Map.of("complaintId", open, "kind", "NEGATIVE",
                "title", "t", "lessons", "l"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.post("/api/v1/case-library", sup, Map.of("complaintId", open, "title", "", "lessons", "l", "tags",
                List.of("a/b"))).status()).isEqualTo(400);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
