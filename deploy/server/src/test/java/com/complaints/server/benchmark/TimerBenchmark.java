package com.complaints.server.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.redisson.Redisson;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.ComplaintPlatformApplication;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.timer.FiredTimer;
import com.complaints.core.timer.TimerHandler;
import com.complaints.core.timer.Timers;
import com.complaints.server.support.TestPostgres;
import com.complaints.testsupport.TestRedis;

/**
 * The deadline-timer benchmark (results in BENCHMARKS.md; run with {@code deploy/benchmark/timers.sh}).
 *
 * <ol>
 *   <li>schedules {@code pending} timers (default 1,000,000) across 100 tenants, due tomorrow: time to schedule,
 *       Redis memory of the index;</li>
 *   <li>two nodes fire a burst of {@code burst} timers (default 100,000) due at one instant: throughput and
 *       lateness (fired at − due at);</li>
 *   <li>then a steady stream ({@code rate} per second for {@code seconds}): lateness p50/p99/max.</li>
 * </ol>
 * Both nodes run in this JVM; start it with {@code -Xmx1g} to hold them to the heap target.
 */
public final class TimerBenchmark {

    private static final String PURPOSE = "benchmark";
    private static final int TENANTS = 100;

    private final ConcurrentLinkedQueue<long[]> lateness = new ConcurrentLinkedQueue<>();
    private final AtomicLong fired = new AtomicLong();
    private volatile String phase = "pending";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args).map(a -> a.split("=", 2)).forEach(kv -> options.put(kv[0], kv.length > 1 ? kv[1] : ""));
        new TimerBenchmark().run(Integer.parseInt(options.getOrDefault("pending", "1000000")),
                Integer.parseInt(options.getOrDefault("burst", "100000")),
                Integer.parseInt(options.getOrDefault("rate", "200")),
                Integer.parseInt(options.getOrDefault("seconds", "60")));
        System.exit(0);
    }

    private void run(int pending, int burst, int rate, int seconds) throws Exception {
        TestPostgres.Database db = TestPostgres.separateDatabase("benchmark");
        String key = "complaints:benchmark:" + UUID.randomUUID();
        RedissonClient redis = redis();
        long memoryBefore = usedMemory(redis);
        ConfigurableApplicationContext a = node("a", db, key);
        ConfigurableApplicationContext b = node("b", db, key);
        TenantDirectory directory = a.getBean(TenantDirectory.class);
        TenantContext tenantContext = a.getBean(TenantContext.class);
        TransactionTemplate transactions = a.getBean(TransactionTemplate.class);
        Timers timers = a.getBean(Timers.class);
        List<String> tenants = new ArrayList<>();
        for (int t = 0; t < TENANTS; t++) {
            String tenant = "bench-" + t + "-" + UUID.randomUUID().toString().substring(0, 6);
            directory.create(new TenantDirectory.NewTenant(tenant, "Benchmark " + t, "Asia/Shanghai", "en"));
            tenants.add(tenant);
        }

        // 1. pending timers
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        long t0 = System.nanoTime();
        schedule(tenants, pending, i -> tomorrow.plusMillis(i), tenantContext, transactions, timers);
        double scheduleSeconds = (System.nanoTime() - t0) / 1e9;
        long indexBytes = memoryUsage(redis, key);
        long memoryAfter = usedMemory(redis);
        print("pending timers", pending);
        print("schedule time (s)", String.format("%.1f", scheduleSeconds));
        print("schedule rate (timers/s)", String.format("%.0f", pending / scheduleSeconds));
        print("Redis index size (entries)", redis.getScoredSortedSet(key, StringCodec.INSTANCE).size());
        print("Redis MEMORY USAGE of the index (MiB)", String.format("%.1f", indexBytes / 1048576.0));
        print("Redis used_memory growth (MiB)", String.format("%.1f", (memoryAfter - memoryBefore) / 1048576.0));

        // 2. burst
        phase = "burst";
        Instant burstDue = Instant.now().plusSeconds(30);
        long s1 = System.nanoTime();
        schedule(tenants, burst, i -> burstDue, tenantContext, transactions, timers);
        print("burst scheduled in (s)", String.format("%.1f", (System.nanoTime() - s1) / 1e9));
        long firedBefore = fired.get();
        while (Instant.now().isBefore(burstDue)) {
            Thread.sleep(10);
        }
        long burstStart = System.nanoTime();
        while (fired.get() - firedBefore < burst) {
            Thread.sleep(20);
        }
        double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
        print("burst fired", burst);
        print("burst throughput (timers/s)", String.format("%.0f", burst / burstSeconds));
        report("burst", drain());

        // 3. steady stream
        phase = "steady";
        Instant streamStart = Instant.now().plusSeconds(15);
        schedule(tenants, rate * seconds, i -> streamStart.plusNanos((long) (i * (1e9 / rate))), tenantContext, transactions, timers);
        long expected = fired.get() + (long) rate * seconds;
        Instant until = streamStart.plusSeconds(seconds + 30);
        while (fired.get() < expected && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        report("steady stream " + rate + "/s", drain());
        Runtime rt = Runtime.getRuntime();
        print("JVM max heap (MiB, both nodes)", rt.maxMemory() / 1048576);
        print("JVM heap used at end (MiB, both nodes)", (rt.totalMemory() - rt.freeMemory()) / 1048576);

        b.close();
        a.close();
        redis.getKeys().delete(key);
        redis.shutdown();
    }

    private interface DueAt {
        Instant of(int i);
    }

    private static void schedule(List<String> tenants, int count, DueAt due, TenantContext tenantContext,
                                 TransactionTemplate transactions, Timers timers) {
        int perTenant = (int) Math.ceil(count / (double) tenants.size());
        int next = 0;
        for (String tenant : tenants) {
            int from = next;
            int to = Math.min(count, next + perTenant);
            for (int chunk = from; chunk < to; chunk += 5000) {
                int start = chunk;
                int end = Math.min(to, chunk + 5000);
                tenantContext.runAs(tenant, () -> transactions.executeWithoutResult(tx -> {
                    List<Timers.NewTimer> batch = new ArrayList<>(end - start);
                    for (int i = start; i < end; i++) {
                        batch.add(new Timers.NewTimer(PURPOSE, "BENCH", UUID.randomUUID(), null, due.of(i)));
                    }
                    timers.scheduleAll(batch);
                }));
            }
            next = to;
        }
    }

    private long[] drain() {
        List<Long> values = new ArrayList<>();
        long[] v;
        while ((v = lateness.poll()) != null) {
            values.add(v[0]);
        }
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static void report(String what, long[] millis) {
        if (millis.length == 0) {
            print(what + " lateness", "no timers fired");
            return;
        }
        print(what + " fired", millis.length);
        print(what + " lateness p50 (ms)", millis[(int) (millis.length * 0.50)]);
        print(what + " lateness p99 (ms)", millis[Math.min(millis.length - 1, (int) (millis.length * 0.99))]);
        print(what + " lateness max (ms)", millis[millis.length - 1]);
    }

    private ConfigurableApplicationContext node(String name, TestPostgres.Database db, String redisKey) {
        TimerHandler handler = new TimerHandler() {
            @Override
            public String purpose() {
                return PURPOSE;
            }

            @Override
            public void fire(FiredTimer timer) {
                lateness.add(new long[]{Duration.between(timer.dueAt(), timer.firedAt()).toMillis()});
                fired.incrementAndGet();
            }
        };
        String[] args = {
                "--server.port=0",
                "--spring.datasource.hikari.maximum-pool-size=12",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=",
                "--complaints.security.dev-token.enabled=true",
                "--complaints.demo.enabled=false",
                "--complaints.timers.redis.address=" + TestRedis.url(),
                "--complaints.timers.redis-key=" + redisKey,
                "--complaints.timers.poll-interval=100ms",
                "--complaints.timers.workers=8",
                "--logging.level.root=WARN",
        };
        return new SpringApplicationBuilder(ComplaintPlatformApplication.class)
                .profiles("postgres")
                .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("benchmarkTimerHandler",
                        TimerHandler.class, () -> handler))
                .run(db.nodeArguments(args));
    }

    private static RedissonClient redis() {
        Config config = new Config();
        config.useSingleServer().setAddress(TestRedis.url());
        return Redisson.create(config);
    }

    private static long memoryUsage(RedissonClient redis, String key) {
        Long bytes = redis.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_ONLY,
                "return redis.call('memory', 'usage', KEYS[1], 'SAMPLES', 0)", RScript.ReturnType.LONG, List.of(key));
        return bytes == null ? 0 : bytes;
    }

    private static long usedMemory(RedissonClient redis) {
        String info = redis.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_ONLY,
                "return redis.call('info', 'memory')", RScript.ReturnType.STRING, List.of());
        return info.lines().filter(l -> l.startsWith("used_memory:")).map(l -> Long.parseLong(l.substring(12).strip()))
                .findFirst().orElse(0L);
    }

    private static void print(String what, Object value) {
        System.out.printf("BENCHMARK | %-42s | %s%n", what, value);
    }
}
