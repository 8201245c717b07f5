package com.complaints.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.timer.FiredTimer;
import com.complaints.core.timer.TimerHandler;
import com.complaints.core.timer.Timers;
import com.complaints.server.support.ServerNodes;
import com.complaints.server.support.TestPostgres;
import com.complaints.testsupport.TestRedis;

/**
 * Two nodes (application contexts) sharing PostgreSQL and Redis fire 10,000 timers, each effect exactly once,
 * while one node is stopped halfway and Redis is flushed mid-run: the reconciler restores the index.
 */
class TimerClusterIT {

    private static final int TENANTS = 5;
    private static final int PER_TENANT = 2000;
    private static final int TOTAL = TENANTS * PER_TENANT;

    private final Map<UUID, AtomicInteger> effects = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> firedBy = new ConcurrentHashMap<>();
    private ServerNodes nodes;

    @AfterEach
    void stopNodes() {
        nodes.close();
    }

    @Test
    void everyTimerFiresExactlyOnceAcrossNodeLossAndARedisFlush() throws Exception {
        nodes = new ServerNodes(TestPostgres.separateDatabase("cluster"), "complaints:it:cluster:" + UUID.randomUUID());
        ConfigurableApplicationContext a = node("a");
        ConfigurableApplicationContext b = node("b");

        Instant start = Instant.now().plusSeconds(4);
        TenantDirectory directory = a.getBean(TenantDirectory.class);
        TenantContext tenantContext = a.getBean(TenantContext.class);
        TransactionTemplate transactions = a.getBean(TransactionTemplate.class);
        Timers timers = a.getBean(Timers.class);
        for (int t = 0; t < TENANTS; t++) {
            String tenant = "cluster-" + t + "-" + UUID.randomUUID().toString().substring(0, 6);
            directory.create(new TenantDirectory.NewTenant(tenant, "Cluster " + t, "Asia/Shanghai", "en"));
            tenantContext.runAs(tenant, () -> transactions.executeWithoutResult(tx -> {
                List<Timers.NewTimer> batch = new ArrayList<>();
                for (int i = 0; i < PER_TENANT; i++) {
                    batch.add(new Timers.NewTimer("cluster-test", "TEST", UUID.randomUUID(), null,
                            start.plusMillis(i * 5L)));
                }
                timers.scheduleAll(batch);
            }));
        }

        await(() -> fired() >= TOTAL * 3 / 10, Duration.ofSeconds(60));
        b.close();
        int byBBeforeStop = firedBy.getOrDefault("b", new AtomicInteger()).get();
        await(() -> fired() >= TOTAL * 6 / 10, Duration.ofSeconds(60));
        RedissonClient redis = redis();
        try {
            redis.getKeys().flushall();
        } finally {
            redis.shutdown();
        }
        await(() -> fired() >= TOTAL, Duration.ofSeconds(90));
        Thread.sleep(1500);

        assertThat(effects).hasSize(TOTAL);
        assertThat(effects.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(byBBeforeStop).isPositive();
        assertThat(firedBy.get("a").get()).isPositive();
    }

    private int fired() {
        return effects.size();
    }

    private ConfigurableApplicationContext node(String name) {
        TimerHandler handler = new TimerHandler() {
            @Override
            public String purpose() {
                return "cluster-test";
            }

            @Override
            public void fire(FiredTimer timer) {
                effects.computeIfAbsent(timer.id(), id -> new AtomicInteger()).incrementAndGet();
                firedBy.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            }
        };
        return nodes.start(Map.of("complaints.timers.poll-interval", "100ms", "complaints.timers.reconcile-interval", "1s",
                        "complaints.timers.retry-delay", "2s"),
                ctx -> ctx.registerBean("clusterTestTimerHandler", TimerHandler.class, () -> handler));
    }

    private static RedissonClient redis() {
        Config config = new Config();
        config.useSingleServer().setAddress(TestRedis.url());
        return Redisson.create(config);
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
