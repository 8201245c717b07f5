package com.complaints.server.complaint;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Canned replies: seeded defaults in both languages, filled in for a case, edited by admins, per tenant. */
class ReplyTemplatesIT extends ServerIntegrationTest {

    @Test
    void aNewTenantHasPoliteDefaultsThatFillInForACase() {
        String tenant = newTenant("replies");
        String agent = api.token(tenant, "li.lei", "AGENT", null);
        var all = api.get("/api/v1/reply-templates?purpose=SOLUTION&locale=zh-CN", agent);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().size()).isEqualTo(2);
        var created = api.post("/api/v1/complaints", agent, complaintBody("电热水壶 K1"));
        var filled = api.get("/api/v1/complaints/" + created.text("id") + "/replies/solution-refund", agent);
        assertThat(filled.status()).as(filled.raw().body()).isEqualTo(200);
        assertThat(filled.text("text")).startsWith("张三您好，针对您的投诉 " + created.text("caseNumber"));
        var english = api.get("/api/v1/complaints/" + created.text("id") + "/replies/progress-received?locale=en", agent);
        assertThat(english.text("text")).startsWith("Dear 张三, your complaint " + created.text("caseNumber"));
    }

    @Test
    void adminsEditTemplatesWithKnownVariablesOnlyAndOtherTenantsNeverSeeThem() {
        String tenant = newTenant("replies-edit");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        var bad = api.put("/api/v1/admin/reply-templates/late-parts/en", admin,
                Map.of("purpose", "PROGRESS", "title", "Parts late", "body", "Dear {{customer}}, parts are late."));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw().body()).contains("unknown-variable");
        var preview = api.post("/api/v1/admin/reply-templates/preview", admin,
                Map.of("locale", "zh-CN", "body", "{{consumerName}}您好，案件 {{caseNumber}} 由{{department}}处理。"));
        assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
        assertThat(preview.text("body")).isEqualTo("张三您好，案件 " + tenant.toUpperCase(java.util.Locale.ROOT)
                + "-2026-000123 由客户服务部处理。");
        assertThat(api.post("/api/v1/admin/reply-templates/preview", admin,
                Map.of("locale", "en", "body", "Dear {{customer}}")).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/admin/reply-templates", admin).raw().body()).doesNotContain("张三");
        var ok = api.put("/api/v1/admin/reply-templates/late-parts/en", admin,
                Map.of("purpose", "PROGRESS", "category", "PRODUCT_QUALITY", "title", "Parts late",
                        "body", "Dear {{consumerName}}, the spare parts for {{caseNumber}} are late."));
        assertThat(ok.status()).as(ok.raw().body()).isEqualTo(200);
        String other = newTenant("replies-other");
        assertThat(api.get("/api/v1/admin/reply-templates", api.token(other, "admin", "TENANT_ADMIN", null)).raw().body())
                .doesNotContain("late-parts");
        assertThat(api.delete("/api/v1/admin/reply-templates/late-parts/en", admin).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/reply-templates", api.token(tenant, "a", "AGENT", null)).raw().body()).doesNotContain("late-parts");
    }
}
