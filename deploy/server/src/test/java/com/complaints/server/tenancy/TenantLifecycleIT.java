package com.complaints.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

class TenantLifecycleIT extends ServerIntegrationTest {

    @Test
    void newTenantsGetThePolicysFourDepartments() {
        String tenant = newTenant("seed");
        Response departments = api.get("/api/v1/admin/departments", api.token(tenant, "root", "TENANT_ADMIN", null));
        assertThat(departments.body()).hasSize(4);
        assertThat(departments.raw().body()).contains("\"customer-service\"", "\"product\"", "\"service\"", "\"legal\"",
                "客户服务部", "Legal");
    }

    @Test
    void suspendedTenantsAreRefusedWithAProblemAndResumeCleanly() {
        String tenant = newTenant("susp");
        String operator = api.token("platform", "op", "PLATFORM_OPERATOR", null);
        String agent = api.token(tenant, "alice", "AGENT", null);
        assertThat(api.post("/api/v1/platform/tenants/" + tenant + "/suspend", operator, null).text("status"))
                .isEqualTo("SUSPENDED");

        Response staff = api.get("/api/v1/complaints", agent);
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.contentType()).startsWith("application/problem+json");
        assertThat(staff.text("type")).endsWith("/tenant-suspended");
        Response publicForm = api.post("/public/" + tenant + "/complaints", null, Map.of());
        assertThat(publicForm.status()).isEqualTo(403);
        // no Accept-Language: the tenant's language (zh-CN)
        assertThat(publicForm.text("title")).isEqualTo("服务已暂停");
        Response inEnglish = api.post("/public/" + tenant + "/complaints", null, Map.of(), Map.of("Accept-Language", "en-GB,en;q=0.8"));
        assertThat(inEnglish.text("title")).isEqualTo("Service suspended");
        assertThat(inEnglish.text("detail")).contains("suspended");

        assertThat(api.post("/api/v1/platform/tenants/" + tenant + "/resume", operator, null).text("status")).isEqualTo("ACTIVE");
        assertThat(api.get("/api/v1/complaints", agent).status()).isEqualTo(200);
    }

    @Test
    void tenantInputIsValidated() {
        String operator = api.token("platform", "op", "PLATFORM_OPERATOR", null);
        Response bad = api.post("/api/v1/platform/tenants", operator,
                Map.of("slug", "Bad Slug", "displayName", "", "timeZone", "Mars/Olympus", "locale", "fr"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors")).hasSize(4);
        Response reserved = api.post("/api/v1/platform/tenants", operator,
                Map.of("slug", "platform", "displayName", "x", "timeZone", "UTC", "locale", "en"));
        assertThat(reserved.status()).isEqualTo(400);
        String tenant = newTenant("dup");
        Response duplicate = api.post("/api/v1/platform/tenants", operator,
                Map.of("slug", tenant, "displayName", "x", "timeZone", "UTC", "locale", "en"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/platform/tenants", operator).raw().body()).contains(tenant);
        assertThat(api.get("/api/v1/platform/tenants/nope-nope", operator).status()).isEqualTo(404);
    }
}
