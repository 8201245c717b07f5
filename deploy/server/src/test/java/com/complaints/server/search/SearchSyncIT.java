package com.complaints.server.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.complaint.CaseFacts;
import com.complaints.core.complaint.CaseFactsReader;
import com.complaints.core.persistence.SearchOutboxQueue;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.search.index.CaseIndexWriter;
import com.complaints.search.index.IndexAliases;
import com.complaints.server.support.ElasticsearchServerIntegrationTest;
import com.complaints.server.support.Eventually;
import com.complaints.testsupport.TestElasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox relay against a real node: stale and repeated deliveries, an outage and its catch-up, a reindex. */
class SearchSyncIT extends ElasticsearchServerIntegrationTest {

    private final CaseFactsReader reader;
    private final CaseIndexWriter writer;
    private final IndexAliases aliases;
    private final SearchOutboxQueue outbox;
    private final TenantContext tenantContext;
    private final TransactionTemplate tx;

    @Autowired
    SearchSyncIT(CaseFactsReader reader, CaseIndexWriter writer, IndexAliases aliases, SearchOutboxQueue outbox,
                 TenantContext tenantContext, PlatformTransactionManager transactions) {
        this.reader = reader;
        this.writer = writer;
        this.aliases = aliases;
        this.outbox = outbox;
        this.tenantContext = tenantContext;
        this.tx = new TransactionTemplate(transactions);
    }

    private String intake(String tenant, String text) {
        var body = new java.util.LinkedHashMap<>(complaintBody("电热水壶 K1"));
        body.put("description", text);
        var r = api.post("/api/v1/complaints", api.token(tenant, "agent", "AGENT", null), body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.text("id");
    }

    private long found(String tenant, String query) {
        var r = api.get("/api/v1/search/complaints?q=" + CaseIndexContract.enc(query), api.token(tenant, "sup", "SUPERVISOR", null));
        return r.status() == 200 ? r.body().get("total").asLong() : -1;
    }

    private String status(String tenant, String id) {
        var r = api.get("/api/v1/search/complaints?size=100", api.token(tenant, "sup", "SUPERVISOR", null));
        for (var hit : r.body().get("hits")) {
            if (hit.get("id").asString().equals(id)) {
                return hit.get("status").asString();
            }
        }
        return null;
    }

    /** Minimum necessary: the index document of a case holds its facts, never the consumer's identity. */
    @Test
    void theIndexHoldsNoPersonalData() throws Exception {
        String tenant = newTenant("pii");
        var body = new java.util.LinkedHashMap<>(complaintBody("空气炸锅 F3"));
        body.put("consumer", java.util.Map.of("name", "慕容复", "phone", "+86 137 2468 1357", "email", "murong.fu@example.cn",
                "address", "苏州市姑苏区燕子坞路7号", "regionCode", "320508", "regionName", "姑苏区"));
        body.put("description", "空气炸锅加热不均匀，外壳烫手");
        var r = api.post("/api/v1/complaints", api.token(tenant, "agent", "AGENT", null), body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        String id = r.text("id");
        Eventually.until(Duration.ofSeconds(30), () -> "RECEIVED".equals(status(tenant, id)), Boolean::booleanValue, "the new case indexed");
        var http = java.net.http.HttpClient.newHttpClient();
        var all = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestElasticsearch.url() + "/" + ALIAS + "/_search"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\": {\"ids\": {\"values\": [\"" + id + "\"]}}}"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(all.body()).as("the case's index document").contains(id).contains("空气炸锅")
                .doesNotContain("慕容复").doesNotContain("24681357").doesNotContain("2468 1357").doesNotContain("murong").doesNotContain("燕子坞");
    }

    @Test
    void aStaleOrRepeatedDeliveryNeverOverwritesANewerState() throws Exception {
        String tenant = newTenant("sync");
        String id = intake(tenant, "底座漏电，接触有麻手感");
        Eventually.until(Duration.ofSeconds(30), () -> "RECEIVED".equals(status(tenant, id)), Boolean::booleanValue, "the new case indexed");
        CaseFacts before = tenantContext.callAs(tenant, () -> tx.execute(s -> reader.read(List.of(UUID.fromString(id))))).getFirst();

        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        var triaged = api.post("/api/v1/complaints/" + id + "/triage", sup,
                Map.of("category", "PRODUCT_QUALITY", "complexity", "SIMPLE", "urgency", "NORMAL"));
        assertThat(triaged.status()).as(triaged.raw().body()).isEqualTo(200);
        Eventually.until(Duration.ofSeconds(30), () -> "TRIAGED".equals(status(tenant, id)), Boolean::booleanValue, "the triage indexed");

        writer.write(aliases.alias(), List.of(before));
        tenantContext.runAs(tenant, () -> tx.executeWithoutResult(s -> {
            outbox.add(tenant, UUID.fromString(id));
            outbox.add(tenant, UUID.fromString(id));
        }));
        Thread.sleep(1500);
        assertThat(status(tenant, id)).isEqualTo("TRIAGED");
    }

    @Test
    void intakeGoesOnWhileElasticsearchIsDownAndTheIndexCatchesUp() {
        String tenant = newTenant("outage");
        ELASTICSEARCH.cut();
        try {
            for (int i = 0; i < 5; i++) {
                intake(tenant, "停电期间受理的投诉 " + i);
            }
            assertThat(found(tenant, "停电期间")).isEqualTo(-1);
            // while the index is down, search says so: 503 with Retry-After, not an internal error
            var down = api.get("/api/v1/search/complaints?q=x", api.token(tenant, "sup", "SUPERVISOR", null));
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.text("type")).endsWith("/search-unavailable");
            assertThat(down.header("Retry-After")).isEqualTo("5");
        } finally {
            ELASTICSEARCH.restore();
        }
        Eventually.until(Duration.ofSeconds(60), () -> found(tenant, "停电期间") == 5, Boolean::booleanValue, "the catch-up");
    }

    @Test
    void aReindexFillsANewIndexAndSwapsTheAlias() throws Exception {
        String tenant = newTenant("reindex");
        for (int i = 0; i < 3; i++) {
            intake(tenant, "重建索引前的投诉 " + i);
        }
        Eventually.until(Duration.ofSeconds(30), () -> found(tenant, "重建索引前") == 3, Boolean::booleanValue, "the first indexing");
        List<String> before = aliases.current();
        String operator = api.token("platform", "operator", "PLATFORM_OPERATOR", null);
        var started = api.post("/api/v1/platform/search/reindex", operator, null);
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        String job = started.text("id");
        Eventually.until(Duration.ofSeconds(120), () -> {
            String state = api.get("/api/v1/platform/search/reindex/" + job, operator).text("state");
            assertThat(state).isNotEqualTo("FAILED");
            return "DONE".equals(state);
        }, Boolean::booleanValue, "the reindex");
        var done = api.get("/api/v1/platform/search/reindex/" + job, operator);
        assertThat(done.body().get("documents").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(done.body().get("tenantsDone").asInt()).isEqualTo(done.body().get("tenantsTotal").asInt());
        List<String> after = aliases.current();
        assertThat(after).containsExactly(done.text("index")).doesNotContainAnyElementsOf(before);
        assertThat(found(tenant, "重建索引前")).isEqualTo(3);
        HttpResponse<String> old = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(TestElasticsearch.url() + "/" + before.getFirst())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(old.statusCode()).isEqualTo(404);
    }

    @Test
    void whateverTheQuerySaysAnotherTenantsDocumentsStayInvisible() {
        String a = newTenant("iso-a");
        String b = newTenant("iso-b");
        intake(a, "绝密投诉内容 alpha-secret");
        Eventually.until(Duration.ofSeconds(30), () -> found(a, "绝密投诉") == 1, Boolean::booleanValue, "a's case indexed");
        for (String q : List.of("绝密投诉", "alpha-secret", "tenant_id:" + a, "*", "\" OR \"1\"=\"1", a)) {
            assertThat(found(b, q)).as(q).isZero();
        }
        var facets = api.get("/api/v1/search/complaints?size=1", api.token(b, "sup", "SUPERVISOR", null));
        assertThat(facets.body().get("total").asLong()).isZero();
        assertThat(facets.raw().body()).doesNotContain("电热水壶");
    }
}
