package com.complaints.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

/**
 * Two tenants; every endpoint tried with the other tenant's ids and tokens. Another tenant's object answers
 * exactly like an object that does not exist.
 */
class TenantIsolationIT extends ServerIntegrationTest {

    private String a;
    private String b;
    private String complaintA;
    private String caseNumberA;
    private String accessCodeA;
    private String handoverA;
    private String solutionA;
    private String departmentA;

    @BeforeEach
    void twoTenants() {
        a = newTenant("iso-a");
        b = newTenant("iso-b");
        String agentA = api.token(a, "alice", "AGENT", "customer-service,product");
        Response created = api.post("/api/v1/complaints", agentA, complaintBody("A 公司的产品"));
        complaintA = created.text("id");
        caseNumberA = created.text("caseNumber");
        accessCodeA = created.text("accessCode");
        departmentA = departmentId(a, "product");
        api.post(path("triage"), agentA, Map.of("category", "PRODUCT_QUALITY", "complexity", "COMPLEX", "urgency", "NORMAL"));
        Response transferred = api.post(path("transfers"), agentA, Map.of("toDepartmentId", departmentA));
        handoverA = transferred.body().get("handovers").get(0).get("id").asString();
        api.post(path("transfers/" + handoverA + "/acknowledge"), agentA, null);
        solutionA = api.post(path("solutions"), agentA, Map.of("text", "换新")).body().get("solutions").get(0).get("id").asString();
    }

    @Test
    void everyComplaintEndpointAnswersNotFoundForAnotherTenantsCase() {
        for (String roles : List.of("AGENT", "SUPERVISOR", "TENANT_ADMIN")) {
            String tokenB = api.token(b, "bob", roles, "customer-service,product,service,legal");
            String unknown = UUID.randomUUID().toString();
            for (Function<String, Response> call : complaintCalls(tokenB, departmentId(b, "product"))) {
                Response foreign = call.apply(complaintA);
                Response missing = call.apply(unknown);
                assertThat(foreign.status()).as(roles + " " + foreign.raw().uri()).isEqualTo(404);
                assertThat(foreign.contentType()).startsWith("application/problem+json");
                assertThat(withoutInstance(foreign)).isEqualTo(withoutInstance(missing));
            }
            Response list = api.get("/api/v1/complaints?size=100", tokenB);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body().get("totalItems").asInt()).isZero();
            assertThat(list.raw().body()).doesNotContain(complaintA);
        }
        // nothing of A changed
        String supervisorA = api.token(a, "sam", "SUPERVISOR", null);
        Response caseA = api.get(path(""), supervisorA);
        assertThat(caseA.text("status")).isEqualTo("SOLUTION_PROPOSED");
        assertThat(api.get(path("timeline"), supervisorA).body()).hasSize(5);
    }

    @Test
    void adminEndpointsAnswerNotFoundForAnotherTenantsDepartment() {
        String adminB = api.token(b, "root", "TENANT_ADMIN", null);
        String unknown = UUID.randomUUID().toString();
        List<Function<String, Response>> calls = List.of(
                id -> api.get("/api/v1/admin/departments/" + id, adminB),
                id -> api.put("/api/v1/admin/departments/" + id, adminB, Map.of("nameZh", "改名", "nameEn", "Renamed")),
                id -> api.delete("/api/v1/admin/departments/" + id, adminB),
                id -> api.post("/api/v1/admin/departments/" + id + "/members", adminB, Map.of("userId", "mallory")),
                id -> api.delete("/api/v1/admin/departments/" + id + "/members/alice", adminB));
        for (var call : calls) {
            Response foreign = call.apply(departmentA);
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(withoutInstance(foreign)).isEqualTo(withoutInstance(call.apply(unknown)));
        }
        Response listB = api.get("/api/v1/admin/departments", adminB);
        assertThat(listB.raw().body()).doesNotContain(departmentA);
        assertThat(listB.body()).hasSize(4);
        String adminA = api.token(a, "root", "TENANT_ADMIN", null);
        assertThat(api.get("/api/v1/admin/departments/" + departmentA, adminA).text("nameZh")).isEqualTo("产品部");
    }

    @Test
    void publicPagesOfAnotherTenantDoNotFindTheCase() {
        Response viaB = api.get("/public/" + b + "/complaints/" + caseNumberA + "?code=" + accessCodeA, null);
        Response unknown = api.get("/public/" + b + "/complaints/NOPE-20260101-000001?code=" + accessCodeA, null);
        assertThat(viaB.status()).isEqualTo(404);
        assertThat(withoutInstance(viaB)).isEqualTo(withoutInstance(unknown));
        Response acceptViaB = api.post("/public/" + b + "/complaints/" + caseNumberA + "/solutions/" + solutionA + "/accept",
                null, Map.of("code", accessCodeA));
        assertThat(acceptViaB.status()).isEqualTo(404);
        Response wrongCode = api.get("/public/" + a + "/complaints/" + caseNumberA + "?code=AAAAAAAAAAAAAAAAAAAA", null);
        assertThat(wrongCode.status()).isEqualTo(404);
        assertThat(withoutInstance(wrongCode)).isEqualTo(withoutInstance(
                api.get("/public/" + a + "/complaints/NOPE-20260101-000001?code=AAAAAAAAAAAAAAAAAAAA", null)));
        assertThat(api.get("/public/no-such-tenant/complaints/" + caseNumberA + "?code=" + accessCodeA, null).status())
                .isEqualTo(404);
        assertThat(api.get("/public/" + a + "/complaints/" + caseNumberA + "?code=" + accessCodeA, null).status())
                .isEqualTo(200);
    }

    @Test
    void aCaseCannotBeTransferredToAnotherTenantsDepartment() {
        String supervisorA = api.token(a, "sam", "SUPERVISOR", null);
        Response r = api.post(path("transfers"), supervisorA, Map.of("toDepartmentId", departmentId(b, "legal")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("toDepartmentId");
    }

    @Test
    void rolesStayInTheirRealm() {
        String adminA = api.token(a, "root", "TENANT_ADMIN", null);
        assertThat(api.get("/api/v1/platform/tenants", adminA).status()).isEqualTo(403);
        String operator = api.token("platform", "op", "PLATFORM_OPERATOR,TENANT_ADMIN,AGENT", null);
        assertThat(api.get("/api/v1/complaints", operator).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/departments", operator).status()).isEqualTo(403);
        String agentA = api.token(a, "alice", "AGENT", null);
        Response forbidden = api.get("/api/v1/admin/departments", agentA);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
    }

    private List<Function<String, Response>> complaintCalls(String token, String ownDepartment) {
        List<Function<String, Response>> calls = new ArrayList<>();
        calls.add(id -> api.get("/api/v1/complaints/" + id, token));
        calls.add(id -> api.get("/api/v1/complaints/" + id + "/timeline", token));
        calls.add(id -> api.post("/api/v1/complaints/" + id + "/triage", token,
                Map.of("category", "OTHER", "complexity", "SIMPLE", "urgency", "NORMAL")));
        calls.add(id -> api.post("/api/v1/complaints/" + id + "/resolve", token, Map.of("resolution", "x")));
        calls.add(id -> api.post("/api/v1/complaints/" + id + "/transfers", token, Map.of("toDepartmentId", ownDepartment)));
        calls.add(id -> api.post("/api/v1/complaints/" + id + "/transfers/" + handoverA + "/acknowledge", token, null));
        calls.add(id -> api.post("/api/v1/complaints/" + id + "/progress", token, Map.of("message", "x")));
        calls.add(id -> api.post("/api/v1/complaints/" + id + "/solutions", token, Map.of("text", "x")));
        calls.add(id -> api.post("/api/v1/complaints/" + id + "/solutions/" + solutionA + "/accept", token, null));
        calls.add(id -> api.post("/api/v1/complaints/" + id + "/solutions/" + solutionA + "/reject", token, Map.of("reason", "x")));
        calls.add(id -> api.post("/api/v1/complaints/" + id + "/follow-ups", token, Map.of("outcome", "SATISFIED")));
        calls.add(id -> api.post("/api/v1/complaints/" + id + "/reopen", token, Map.of("reason", "x")));
        calls.add(id -> api.post("/api/v1/complaints/" + id + "/reject", token, Map.of("reason", "x")));
        calls.add(id -> api.post("/api/v1/complaints/" + id + "/withdraw", token, Map.of("reason", "x")));
        return calls;
    }

    private String path(String action) {
        return "/api/v1/complaints/" + complaintA + (action.isEmpty() ? "" : "/" + action);
    }

    private static Map<String, String> withoutInstance(Response r) {
        return Map.of("status", String.valueOf(r.status()), "type", String.valueOf(r.text("type")),
                "title", String.valueOf(r.text("title")), "detail", String.valueOf(r.text("detail")));
    }
}
