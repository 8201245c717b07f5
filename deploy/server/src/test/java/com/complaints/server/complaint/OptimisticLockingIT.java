package com.complaints.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

class OptimisticLockingIT extends ServerIntegrationTest {

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        String tenant = newTenant("lock");
        String agent = api.token(tenant, "agent", "AGENT", "customer-service");
        Response created = api.post("/api/v1/complaints", agent, complaintBody("微波炉"));
        String id = created.text("id");
        Response progress = api.post("/api/v1/complaints/" + id + "/progress", agent, Map.of("message", "已受理"),
                ifMatch(created.header("ETag")));
        assertThat(progress.header("ETag")).isEqualTo("\"1\"");

        Response stale = api.post("/api/v1/complaints/" + id + "/triage", agent,
                Map.of("category", "OTHER", "complexity", "GENERAL", "urgency", "NORMAL"), ifMatch(created.header("ETag")));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.text("type")).endsWith("/stale-version");

        Response current = api.get("/api/v1/complaints/" + id, agent);
        assertThat(current.text("status")).isEqualTo("RECEIVED");
        assertThat(current.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.get("/api/v1/complaints/" + id + "/timeline", agent).body()).hasSize(2);
    }

    @Test
    void concurrentActionsOnTheSameVersionLetOneWin() {
        String tenant = newTenant("lock-race");
        String agent = api.token(tenant, "agent", "AGENT", "customer-service");
        Response created = api.post("/api/v1/complaints", agent, complaintBody("洗衣机"));
        String id = created.text("id");
        String etag = created.header("ETag");
        List<CompletableFuture<Response>> calls = List.of(
                CompletableFuture.supplyAsync(() -> api.post("/api/v1/complaints/" + id + "/progress", agent,
                        Map.of("message", "A"), ifMatch(etag))),
                CompletableFuture.supplyAsync(() -> api.post("/api/v1/complaints/" + id + "/progress", agent,
                        Map.of("message", "B"), ifMatch(etag))),
                CompletableFuture.supplyAsync(() -> api.post("/api/v1/complaints/" + id + "/progress", agent,
                        Map.of("message", "C"), ifMatch(etag))));
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(Response::status).toList();
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(api.get("/api/v1/complaints/" + id, agent).body().get("progress")).hasSize(1);
    }
}
