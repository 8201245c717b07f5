package com.complaints.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

class IdempotencyIT extends ServerIntegrationTest {

    private String tenant;
    private String agent;

    @BeforeEach
    void tenant() {
        tenant = newTenant("idem");
        agent = api.token(tenant, "agent", "AGENT", "customer-service");
    }

    @Test
    void sameKeyAndBodyReturnsTheFirstResponseWithoutRepeatingTheAccessCode() {
        var body = complaintBody("电视机");
        Response first = api.post("/api/v1/complaints", agent, body, Map.of("Idempotency-Key", "intake-1"));
        Response again = api.post("/api/v1/complaints", agent, body, Map.of("Idempotency-Key", "intake-1"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        assertThat(again.text("caseNumber")).isEqualTo(first.text("caseNumber"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.text("accessCode")).isNotNull();
        assertThat(again.text("accessCode")).isNull();
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void sameKeyWithADifferentBodyIs422() {
        api.post("/api/v1/complaints", agent, complaintBody("电视机"), Map.of("Idempotency-Key", "intake-2"));
        Response reused = api.post("/api/v1/complaints", agent, complaintBody("洗碗机"), Map.of("Idempotency-Key", "intake-2"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.text("type")).endsWith("/idempotency-key-reused");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void keysArePerTenant() {
        String other = newTenant("idem-other");
        String otherAgent = api.token(other, "agent", "AGENT", "customer-service");
        Response mine = api.post("/api/v1/complaints", agent, complaintBody("电视机"), Map.of("Idempotency-Key", "shared-key"));
        Response theirs = api.post("/api/v1/complaints", otherAgent, complaintBody("电视机"), Map.of("Idempotency-Key", "shared-key"));
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.text("id")).isNotEqualTo(mine.text("id"));
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void actionsAreIdempotentToo() {
        String id = api.post("/api/v1/complaints", agent, complaintBody("电视机")).text("id");
        Map<String, String> key = Map.of("Idempotency-Key", "progress-1");
        Response first = api.post("/api/v1/complaints/" + id + "/progress", agent, Map.of("message", "已受理"), key);
        Response again = api.post("/api/v1/complaints/" + id + "/progress", agent, Map.of("message", "已受理"), key);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(api.get("/api/v1/complaints/" + id, agent).body().get("progress")).hasSize(1);
        Response elsewhere = api.post("/api/v1/complaints/" + id + "/withdraw", agent, Map.of("reason", "已受理"), key);
        assertThat(elsewhere.status()).isEqualTo(422);
    }

    @Test
    void concurrentDuplicatesWithOneKeyCreateOneCase() throws Exception {
        var body = new HashMap<>(complaintBody("并发测试"));
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Response> call = () -> {
                    start.await();
                    return api.post("/api/v1/complaints", agent, body, Map.of("Idempotency-Key", "race-1"));
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<Response> f : futures) {
                Response r = f.get();
                assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
                ids.add(r.text("id"));
            }
            assertThat(ids).hasSize(1);
            assertThat(count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private int count() {
        String supervisor = api.token(tenant, "sup", "SUPERVISOR", null);
        return api.get("/api/v1/complaints", supervisor).body().get("totalItems").asInt();
    }
}
