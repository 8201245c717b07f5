package com.complaints.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import com.complaints.server.support.Api;
import com.complaints.server.support.ApiIntegrationTest;
import com.complaints.server.support.ServerNodes;
import com.complaints.server.support.TestPostgres;

/**
 * Deadlines firing on the very cases agents are changing, on two nodes over one PostgreSQL database: every SLA timer
 * of 30 cases is made due at once while agents on both nodes report progress, propose solutions and transfer those
 * cases. A firing transaction and a staff action used to lock the case and its timers in opposite orders (a
 * deadlock, and a 500 for the agent); with one lock order there is no 5xx, every timer fires once and its effect
 * (the SLA timeline event) is recorded once.
 */
class DeadlineStormIT {

    private static final int CASES = 30;

    @Test
    void timersFiringOnCasesAgentsActOnCauseNo5xxAndEveryEffectOnce() throws Exception {
        TestPostgres.Database db = TestPostgres.separateDatabase("storm");
        try (ServerNodes nodes = new ServerNodes(db, "complaints:it:storm:" + UUID.randomUUID())) {
            Map<String, String> fast = Map.of("complaints.timers.poll-interval", "50ms",
                    "complaints.timers.reconcile-interval", "500ms", "complaints.timers.retry-delay", "1s");
            ConfigurableApplicationContext a = nodes.start(fast, ctx -> { });
            ConfigurableApplicationContext b = nodes.start(fast, ctx -> { });
            Api apiA = new Api(ServerNodes.port(a));
            Api apiB = new Api(ServerNodes.port(b));
            String tenant = "storm-" + UUID.randomUUID().toString().substring(0, 8);
            var created = apiA.post("/api/v1/platform/tenants", apiA.token("platform", "op", "PLATFORM_OPERATOR", null),
                    Map.of("slug", tenant, "displayName", "Storm", "timeZone", "Asia/Shanghai", "locale", "zh-CN"));
            assertThat(created.status()).isEqualTo(201);
            String agentA = apiA.token(tenant, "cs-a", "AGENT", "customer-service");
            String agentB = apiB.token(tenant, "cs-b", "SUPERVISOR", null);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                var c = apiA.post("/api/v1/complaints", agentA, ApiIntegrationTest.complaintBody("电水壶 " + i));
                assertThat(c.status()).isEqualTo(201);
                String id = c.text("id");
                assertThat(apiA.post("/api/v1/complaints/" + id + "/triage", agentA, Map.of("category", "PRODUCT_QUALITY",
                        "complexity", "COMPLEX", "urgency", "NORMAL")).status()).isEqualTo(200);
                ids.add(id);
            }
            int due = makeEverySlaTimerDue(db, tenant);
            assertThat(due).isGreaterThanOrEqualTo(CASES * 2);

            ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
            AtomicInteger requests = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    Api api = t % 2 == 0 ? apiA : apiB;
                    String token = t % 2 == 0 ? agentA : agentB;
                    int offset = t;
                    work.add(pool.submit(() -> {
                        for (int round = 0; round < 3; round++) {
                            for (int i = offset; i < ids.size(); i += 2) {
                                String id = ids.get(i);
                                var r = switch (round) {
                                    case 0 -> api.post("/api/v1/complaints/" + id + "/progress", token, Map.of("message", "处理中 " + i));
                                    case 1 -> api.post("/api/v1/complaints/" + id + "/pause", token,
                                            Map.of("kind", "WAITING_ON_INSPECTION", "reason", "送检"));
                                    default -> api.post("/api/v1/complaints/" + id + "/resume", token, null);
                                };
                                requests.incrementAndGet();
                                if (r.status() >= 500) {
                                    serverErrors.add(r.status() + " " + r.raw().uri() + " " + r.raw().body());
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            awaitNoPendingDueTimers(db, tenant, Duration.ofSeconds(30));
            assertThat(serverErrors).as(requests.get() + " staff requests while " + due + " timers fired").isEmpty();
            Map<String, Integer> effects = slaEffectsPerClockAndKind(db, tenant);
            assertThat(effects).isNotEmpty();
            assertThat(effects.values()).as("SLA events per clock and kind").allSatisfy(n -> assertThat(n).isEqualTo(1));
        }
    }

    private static Connection owner(TestPostgres.Database db, String tenant) throws Exception {
        Connection c = DriverManager.getConnection(db.jdbcUrl(), TestPostgres.OWNER, TestPostgres.OWNER_PASSWORD);
        try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
            s.setString(1, tenant);
            s.execute();
        }
        return c;
    }

    /** Moves every pending SLA timer of the tenant to now: the reconciler puts them into the index at once. */
    private static int makeEverySlaTimerDue(TestPostgres.Database db, String tenant) throws Exception {
        try (Connection c = owner(db, tenant); PreparedStatement s = c.prepareStatement(
                "update deadline_timers set due_at = ? where purpose = 'sla' and active and fired_at is null")) {
            s.setObject(1, java.sql.Timestamp.from(Instant.now().minusSeconds(1)));
            return s.executeUpdate();
        }
    }

    private static void awaitNoPendingDueTimers(TestPostgres.Database db, String tenant, Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        while (true) {
            try (Connection c = owner(db, tenant); PreparedStatement s = c.prepareStatement(
                    "select count(*) from deadline_timers where purpose = 'sla' and active and fired_at is null and due_at < now()")) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) == 0) {
                        return;
                    }
                }
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("due SLA timers still pending after " + timeout);
            }
            Thread.sleep(200);
        }
    }

    /** How often each clock's warning and breach was recorded on the timeline. */
    private static Map<String, Integer> slaEffectsPerClockAndKind(TestPostgres.Database db, String tenant) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = owner(db, tenant); PreparedStatement s = c.prepareStatement(
                "select event_type, reference_id, count(*) from timeline_events where event_type in ('SLA_WARNING', 'SLA_BREACHED') "
                        + "group by event_type, reference_id")) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getString(1) + "/" + r.getString(2), r.getInt(3));
                }
            }
        }
        return counts;
    }
}
