package com.complaints.server.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.ComplaintPlatformApplication;
import com.complaints.core.duplicate.DuplicateKeys;
import com.complaints.core.duplicate.TextSimilarity;
import com.complaints.server.support.Api;
import com.complaints.server.support.PluginDirectory;
import com.complaints.server.support.TestPostgres;
import com.complaints.testsupport.TestElasticsearch;
import com.complaints.testsupport.TestRedis;

/**
 * The intake load generator (results in BENCHMARKS.md; run with {@code deploy/benchmark/intake.sh}). It starts one
 * production-shaped node in this JVM — {@code postgres} profile under row-level security as the application role,
 * Redis timers, the Elasticsearch index, RS256 tokens — and drives it over HTTP from its own client threads:
 * <ul>
 *   <li>{@code staff}: staff creates ({@code POST /api/v1/complaints}, Chinese bodies, a unique Idempotency-Key each)
 *       at concurrency 4 and 16, closed loop, in alternating rounds after a warm-up;</li>
 *   <li>{@code web}: the consumer's JSON form ({@code POST /public/{tenant}/complaints}) at concurrency 4, with the
 *       web channel's rate limit at its maximum;</li>
 *   <li>{@code idle}: {@code -Dbench.tenants} (1,000) more tenants, then a minute of nothing: the statements an idle
 *       node sends on its own;</li>
 *   <li>{@code mixed}: each client walks cases through create, triage, transfer, acknowledge and progress, reading
 *       its department's queue and searching in between, at concurrency 16.</li>
 * </ul>
 * Per run: requests/s, p50/p95/p99, errors, JDBC statements and database transactions per request, server and
 * client CPU per request (the client's threads measured apart, so the generator is seen not to be the bottleneck),
 * and the machine's busy share. {@code seed=N} first fills the tenant with N cases (plain SQL, as the owner), to
 * compare the cost of intake in a large tenant with a small one.
 */
public final class IntakeBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] PRODUCTS = SearchBenchmark.PRODUCTS;
    private static final String[] ZH = SearchBenchmark.ZH;
    /** Search terms: problems of the bodies (Chinese) and product names, and a word no case has. */
    private static final String[] QUERIES = java.util.stream.Stream.concat(java.util.stream.Stream.concat(
            Arrays.stream(SearchBenchmark.ZH).limit(6), Arrays.stream(SearchBenchmark.PRODUCTS).limit(3)),
            java.util.stream.Stream.of("不存在的词")).toArray(String[]::new);
    private static final String[] REGIONS = SearchBenchmark.REGIONS;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};

    private final HttpClient http;
    private final ExecutorService clients;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Statements statements = new Statements();
    private java.util.function.LongSupplier databaseTransactions = () -> 0L;
    private TestPostgres.Database database;
    /** soak: a full GC after each run and the heap it leaves (the node and the generator share the JVM's heap). */
    private boolean heapAfterRuns;
    private String base;

    /** The JDBC statements the node sent: in all, and per SQL text (its first 90 characters). */
    static final class Statements {
        private final AtomicLong total = new AtomicLong();
        private final Map<String, AtomicLong> bySql = new java.util.concurrent.ConcurrentHashMap<>();

        void count(String sql) {
            total.incrementAndGet();
            bySql.computeIfAbsent(sql.length() > 90 ? sql.substring(0, 90) : sql, k -> new AtomicLong()).incrementAndGet();
        }
    }

    private IntakeBenchmark() {
        AtomicInteger n = new AtomicInteger();
        this.clients = Executors.newFixedThreadPool(40, r -> {
            Thread t = new Thread(r, "bench-client-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clients)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        Arrays.stream(args).map(a -> a.split("=", 2)).forEach(kv -> o.put(kv[0], kv.length > 1 ? kv[1] : ""));
        new IntakeBenchmark().run(
                List.of(o.getOrDefault("workloads", "staff,web,mixed").split(",")),
                Integer.parseInt(o.getOrDefault("requests", "5000")),
                Integer.parseInt(o.getOrDefault("warmup", "2000")),
                Integer.parseInt(o.getOrDefault("rounds", "3")),
                Integer.parseInt(o.getOrDefault("seed", "0")),
                "embedded".equals(o.getOrDefault("stack", "production")));
        System.exit(0);
    }

    private void run(List<String> workloads, int requests, int warmup, int rounds, int seed, boolean embedded)
            throws Exception {
        check(!embedded || seed == 0, "seed= needs the production stack");
        TestPostgres.Database db = embedded ? null : TestPostgres.separateDatabase("benchmark_intake");
        ConfigurableApplicationContext ctx = embedded ? embeddedNode() : node(db);
        try {
            base = "http://127.0.0.1:" + ((WebServerApplicationContext) ctx).getWebServer().getPort();
            Api api = new Api(((WebServerApplicationContext) ctx).getWebServer().getPort());
            String tenant = "bench-" + UUID.randomUUID().toString().substring(0, 6);
            String operator = api.token("platform", "operator", "PLATFORM_OPERATOR", null);
            check(api.post("/api/v1/platform/tenants", operator, Map.of("slug", tenant, "displayName", "Intake bench",
                    "timeZone", "Asia/Shanghai", "locale", "zh-CN")).status() == 201, "tenant created");
            String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
            check(api.put("/api/v1/admin/channels/web", admin, Map.of("settings", Map.of("rateLimitPerMinute", 10000)))
                    .status() == 200, "web channel limit raised");
            if (seed > 0) {
                seed(db, tenant, seed);
            }
            database = db;
            if (!embedded) {
                databaseTransactions = analyze(db);
            }
            List<String> agents = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                agents.add(api.token(tenant, "agent-" + i, "AGENT", null));
            }
            String supervisor = api.token(tenant, "sup", "SUPERVISOR", null);
            Map<String, String> departments = new HashMap<>();
            for (JsonNode d : api.get("/api/v1/admin/departments", admin).body()) {
                departments.put(d.get("code").asString(), d.get("id").asString());
            }
            System.out.printf(embedded
                    ? "# node: the embedded default (H2 file database, in-process timers, database search, RS256 JWTs); "
                    + "tenant %s seeded with %,d cases; %d cores; tx/req not counted%n"
                    : "# node: postgres profile (RLS, application role), Redis timers, Elasticsearch index, RS256 JWTs; "
                    + "tenant %s seeded with %,d cases; %d cores%n", tenant, seed, Runtime.getRuntime().availableProcessors());

            if (workloads.contains("idle")) {
                idle(api, operator, Integer.parseInt(System.getProperty("bench.tenants", "1000")));
            }
            if (workloads.contains("staff")) {
                measure("staff create warm-up C=4", 4, warmup, i -> staffCreate(agents.get(i % 4), i));
                autoAnalyze();
                for (int r = 1; r <= rounds; r++) {
                    measure("staff create C=4 round " + r, 4, requests, i -> staffCreate(agents.get(i % 4), i));
                    measure("staff create C=16 round " + r, 16, requests, i -> staffCreate(agents.get(i % 16), i));
                }
            }
            if (workloads.contains("steady")) {
                // an open loop at a steady rate (-Dbench.rate, creates per second) with 16 clients, for p99 at that rate
                double rate = Double.parseDouble(System.getProperty("bench.rate", "200"));
                measure("steady warm-up C=4", 4, warmup, i -> staffCreate(agents.get(i % 4), i));
                autoAnalyze();
                for (int r = 1; r <= rounds; r++) {
                    measure("staff create at " + (int) rate + "/s round " + r, 16, requests, rate,
                            i -> staffCreate(agents.get(i % 16), i));
                }
            }
            if (workloads.contains("soak")) {
                // ten minutes of staff creates at C=4 as ten runs of about a minute, the heap after each
                heapAfterRuns = true;
                measure("soak warm-up C=4", 4, warmup, i -> staffCreate(agents.get(i % 4), i));
                autoAnalyze();
                for (int m = 1; m <= 10; m++) {
                    measure("soak minute " + m, 4, requests, i -> staffCreate(agents.get(i % 4), i));
                }
                heapAfterRuns = false;
            }
            if (workloads.contains("web")) {
                autoAnalyze();
                for (int r = 1; r <= rounds; r++) {
                    measure("web form create C=4 round " + r, 4, requests, i -> webCreate(tenant, i));
                }
            }
            if (workloads.contains("search")) {
                autoAnalyze();
                long cases = api.get("/api/v1/complaints?size=1", supervisor).body().get("totalItems").asLong();
                System.out.printf("# search over %,d cases of the tenant%n", cases);
                for (int r = 1; r <= rounds; r++) {
                    measure("search C=4 round " + r, 4, Integer.getInteger("bench.searches", 200), i -> {
                        send(get("/api/v1/search/complaints?q=" + java.net.URLEncoder.encode(QUERIES[i % QUERIES.length],
                                java.nio.charset.StandardCharsets.UTF_8), supervisor), 200);
                        return 1;
                    });
                }
            }
            if (workloads.contains("mixed")) {
                autoAnalyze();
                String service = departments.get("service");
                check(service != null, "a service department: " + departments.keySet());
                String serviceAgent = api.token(tenant, "svc", "AGENT", "service");
                for (int r = 1; r <= rounds; r++) {
                    measure("mixed C=16 round " + r, 16, requests,
                            i -> mixed(agents.get(i % 16), supervisor, serviceAgent, service, i));
                }
            }
        } finally {
            ctx.close();
        }
    }

    /** An idle node with {@code tenants} tenants: how many statements it sends on its own per second. */
    private void idle(Api api, String operator, int tenants) throws InterruptedException {
        for (int t = 0; t < tenants; t++) {
            check(api.post("/api/v1/platform/tenants", operator, Map.of("slug", "idle-" + t + "-" + UUID.randomUUID().toString()
                    .substring(0, 4), "displayName", "Idle " + t, "timeZone", "Asia/Shanghai", "locale", "zh-CN")).status() == 201,
                    "idle tenant");
        }
        Thread.sleep(15_000);
        long statements0 = statements.total.get();
        long transactions0 = transactions();
        statements.bySql.clear();
        long t0 = System.nanoTime();
        Thread.sleep(60_000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-28s tenants %d  statements/s %5.2f  transactions/s %5.2f (over %.0f s)%n", "idle node", tenants + 1,
                (statements.total.get() - statements0) / seconds, (transactions() - transactions0 - 1) / seconds, seconds);
        statements.bySql.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(8)
                .forEach(e -> System.out.printf("  %6.2f/s  %s%n", e.getValue().get() / seconds, e.getKey()));
    }

    /** One closed-loop run: {@code concurrency} clients share {@code total} operations; an operation may make several requests. */
    private void measure(String name, int concurrency, int total, IntFunction<Integer> operation) throws Exception {
        measure(name, concurrency, total, 0, operation);
    }

    /**
     * One run: {@code concurrency} clients share {@code total} operations. Closed loop when {@code rate} is 0 (each
     * client sends its next when the last is answered); otherwise open loop, operation {@code i} due at
     * {@code start + i / rate} and its latency counted from when it was due, so time spent waiting for a free client
     * counts too (no coordinated omission).
     */
    private void measure(String name, int concurrency, int total, double rate, IntFunction<Integer> operation)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
        AtomicInteger requests = new AtomicInteger();
        long[] latencies = new long[total];
        long statements0 = statements.total.get();
        long transactions0 = transactions();
        long process0 = processCpu();
        long client0 = clientCpu();
        long[] machine0 = machine();
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            clients.submit(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        if (rate > 0) {
                            long due = start + (long) (i * 1e9 / rate);
                            java.util.concurrent.locks.LockSupport.parkNanos(due - s);
                            s = due;
                        }
                        try {
                            requests.addAndGet(operation.apply(i));
                        } catch (RuntimeException e) {
                            firstError.compareAndSet(null, String.valueOf(e.getMessage()));
                            errors.incrementAndGet();
                            requests.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - s;
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        long client = clientCpu() - client0;
        long server = processCpu() - process0 - client;
        long[] machine1 = machine();
        double busy = 1.0 - (double) (machine1[1] - machine0[1]) / Math.max(1, machine1[0] - machine0[0]);
        int n = requests.get();
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("%-28s ops/s %7.0f  req/s %7.0f  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d  "
                        + "statements/req %5.1f  tx/req %4.1f  server CPU/req %5.2f ms  client CPU/req %5.2f ms  machine busy %3.0f %%%n",
                name, total / seconds, n / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), errors.get(),
                (double) (statements.total.get() - statements0) / n, (double) (transactions() - transactions0) / n,
                server / 1e6 / n, client / 1e6 / n, busy * 100);
        if (heapAfterRuns) {
            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf("  heap after a full GC: %,d MiB used of %,d MiB committed (max %,d MiB)%n", heap.getUsed() >> 20,
                    heap.getCommitted() >> 20, heap.getMax() >> 20);
        }
        if (firstError.get() != null) {
            System.out.println("  first error: " + firstError.get().substring(0, Math.min(300, firstError.get().length())));
        }
    }

    private int staffCreate(String token, int i) {
        send(post("/api/v1/complaints", token, body(i, true)).header("Idempotency-Key", UUID.randomUUID().toString()), 201);
        return 1;
    }

    private int webCreate(String tenant, int i) {
        send(post("/public/" + tenant + "/complaints", null, body(i, false))
                .header("Idempotency-Key", UUID.randomUUID().toString()), 201);
        return 1;
    }

    /** A case through its first steps, with the reads agents make in between: 8 requests. */
    private int mixed(String agent, String supervisor, String serviceAgent, String serviceDepartment, int i) {
        JsonNode created = send(post("/api/v1/complaints", agent, body(i, true))
                .header("Idempotency-Key", UUID.randomUUID().toString()), 201);
        String path = "/api/v1/complaints/" + created.get("id").asString();
        JsonNode triaged = send(post(path + "/triage", agent, Map.of("category", "PRODUCT_QUALITY", "complexity", "SIMPLE",
                "urgency", "NORMAL")).header("If-Match", "\"" + created.get("version").asLong() + "\""), 200);
        JsonNode transferred = send(post(path + "/transfers", agent, Map.of("toDepartmentId", serviceDepartment,
                "note", "请售后检测")).header("If-Match", "\"" + triaged.get("version").asLong() + "\""), 200);
        JsonNode handovers = transferred.get("handovers");
        String handover = handovers.get(handovers.size() - 1).get("id").asString();
        JsonNode acknowledged = send(post(path + "/transfers/" + handover + "/acknowledge", serviceAgent, null), 200);
        send(post(path + "/progress", serviceAgent, Map.of("message", "已安排上门检测"))
                .header("If-Match", "\"" + acknowledged.get("version").asLong() + "\""), 200);
        send(get("/api/v1/complaints?status=IN_PROGRESS&size=20", serviceAgent), 200);
        send(get("/api/v1/complaints?size=20&sort=receivedAt,desc", supervisor), 200);
        send(get("/api/v1/search/complaints?q=" + java.net.URLEncoder.encode(ZH[i % ZH.length],
                java.nio.charset.StandardCharsets.UTF_8), supervisor), 200);
        return 8;
    }

    private static Map<String, Object> body(int i, boolean staff) {
        Random r = new Random(i * 7919L + (staff ? 1 : 2));
        String product = PRODUCTS[r.nextInt(PRODUCTS.length)];
        String phone = "1" + (30 + r.nextInt(60)) + String.format("%08d", r.nextInt(100_000_000));
        Map<String, Object> consumer = new HashMap<>(Map.of("name", SURNAMES[r.nextInt(SURNAMES.length)] + "先生",
                "phone", phone, "regionName", REGIONS[r.nextInt(REGIONS.length)]));
        Map<String, Object> body = new HashMap<>(Map.of(
                "consumer", consumer,
                "subject", Map.of("type", "PRODUCT", "name", product, "reference", "ORD-" + (100000 + r.nextInt(900000))),
                "description", "购买的" + product + ZH[r.nextInt(ZH.length)] + "，" + ZH[r.nextInt(ZH.length)] + "，联系客服多次未解决。",
                "expectedResolution", r.nextBoolean() ? "退货退款" : "上门维修"));
        if (staff) {
            body.put("channel", "phone");
        }
        return body;
    }

    private HttpRequest.Builder post(String path, String token, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private HttpRequest.Builder get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET();
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU of the generator: its client threads and the HTTP client's selector. */
    private long clientCpu() {
        long sum = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("bench-client") || info.getThreadName().startsWith("HttpClient-"))) {
                long t = threads.getThreadCpuTime(info.getThreadId());
                sum += Math.max(0, t);
            }
        }
        return sum;
    }

    /** [total, idle] jiffies of the machine. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (Exception e) {
            return new long[] {0, 0};
        }
    }

    private long transactions() {
        return databaseTransactions.getAsLong();
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("set-up failed: " + what);
        }
    }

    /** Fills the tenant with generated cases as the schema owner: intake must cost the same in a large tenant. */
    static void seed(TestPostgres.Database db, String tenant, int cases) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), TestPostgres.OWNER, TestPostgres.OWNER_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("select set_config('app.tenant_id', '" + tenant + "', false)");
            s.execute("""
                    insert into complaints (id, tenant_id, case_number, version, status, channel, consumer_name, consumer_phone,
                        subject_type, subject_name, subject_reference, description, received_at, access_code_hash, created_by,
                        created_at, updated_at, round, phone_key, reference_key)
                    select md5('%1$s' || g)::uuid, '%1$s', upper('%1$s') || '-SEED-' || g, 0, 'CLOSED', 'phone', '用户' || g,
                        '139' || lpad((g %% 100000000)::text, 8, '0'), 'PRODUCT', '冰箱 BCD-520', 'ORD-S' || g,
                        '冰箱不制冷，送货延误三天，联系客服多次未解决。' || g, now() - (g %% 400) * interval '1 day',
                        md5(g::text), 'seed', now(), now(), 1, '139' || lpad((g %% 100000000)::text, 8, '0'), 'ORD-S' || g
                    from generate_series(1, %2$d) g""".formatted(tenant, cases));
        }
        // their duplicate keys, as intake would have written them (the duplicate check's index)
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection read = DriverManager.getConnection(db.jdbcUrl(), TestPostgres.OWNER, TestPostgres.OWNER_PASSWORD);
             Connection write = DriverManager.getConnection(url, TestPostgres.OWNER, TestPostgres.OWNER_PASSWORD)) {
            read.setAutoCommit(false);
            write.setAutoCommit(false);
            for (Connection c : List.of(read, write)) {
                try (Statement s = c.createStatement()) {
                    s.execute("select set_config('app.tenant_id', '" + tenant + "', false)");
                }
            }
            try (Statement select = read.createStatement();
                 var insert = write.prepareStatement(
                         "insert into duplicate_keys (tenant_id, key_hash, received_at, complaint_id) values (?, ?, ?, ?)")) {
                select.setFetchSize(5_000);
                int n = 0;
                try (ResultSet r = select.executeQuery(
                        "select id, received_at, description, phone_key, reference_key from complaints")) {
                    while (r.next()) {
                        for (long key : DuplicateKeys.of(r.getString(4), null, r.getString(5),
                                TextSimilarity.tokens(r.getString(3))).all()) {
                            insert.setString(1, tenant);
                            insert.setLong(2, key);
                            insert.setTimestamp(3, r.getTimestamp(2));
                            insert.setObject(4, r.getObject(1));
                            insert.addBatch();
                        }
                        if (++n % 2_000 == 0) {
                            insert.executeBatch();
                            write.commit();
                        }
                    }
                }
                insert.executeBatch();
                write.commit();
            }
        }
        System.out.printf("# seeded %,d cases in %.0f s%n", cases, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * What autovacuum's analyze would have done by now on a production server (it analyzes a table once a tenth of it
     * changed): the shared PostgreSQL here runs without autovacuum, and statistics taken on the empty tables make the
     * planner believe a tenant has one case (every tenant-leading index then looks alike, and e.g. the duplicate
     * lookup scanned all the tenant's cases: 10 ms instead of 0.1 ms).
     */
    private void autoAnalyze() throws SQLException {
        if (database != null) {
            analyze(database);
        }
    }

    /** The shared PostgreSQL here runs without autovacuum: fresh statistics, or plans go bad on new tables. */
    static java.util.function.LongSupplier analyze(TestPostgres.Database db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), TestPostgres.OWNER, TestPostgres.OWNER_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        return () -> {
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), TestPostgres.OWNER, TestPostgres.OWNER_PASSWORD);
                 Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select xact_commit + xact_rollback from pg_stat_database where datname = current_database()")) {
                r.next();
                return r.getLong(1) - 1;
            } catch (SQLException e) {
                return 0;
            }
        };
    }

    /** The embedded default as README's run command starts it, in a fresh H2 file database, without the demo tenant. */
    private ConfigurableApplicationContext embeddedNode() throws java.io.IOException {
        Path dir = Files.createTempDirectory("bench-embedded");
        String[] args = {
                "--server.port=0",
                "--complaints.embedded.data-dir=" + dir,
                "--complaints.demo.enabled=false",
                "--complaints.plugins.dir=" + PluginDirectory.builtIn(),
                "--complaints.secrets.key=" + PluginDirectory.SECRETS_KEY,
                "--logging.level.root=WARN",
        };
        return new SpringApplicationBuilder(ComplaintPlatformApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new StatementCounting(statements)))
                .run(args);
    }

    private ConfigurableApplicationContext node(TestPostgres.Database db) {
        String[] args = {
                "--server.port=0",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=",
                "--complaints.security.dev-token.enabled=true",
                "--complaints.demo.enabled=false",
                "--complaints.timers.redis.address=" + TestRedis.url(),
                "--complaints.timers.redis-key=complaints:bench-intake:" + UUID.randomUUID(),
                "--complaints.search.elasticsearch.uris=" + TestElasticsearch.url(),
                "--complaints.search.index.alias=complaints-bench-intake-" + UUID.randomUUID().toString().substring(0, 8),
                "--complaints.plugins.dir=" + PluginDirectory.builtIn(),
                "--complaints.secrets.key=" + PluginDirectory.SECRETS_KEY,
                "--logging.level.root=WARN",
        };
        return new SpringApplicationBuilder(ComplaintPlatformApplication.class).profiles("postgres")
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new StatementCounting(statements)))
                .run(db.nodeArguments(args));
    }

    /** Counts the JDBC statements the node sends (every execute and every batch), through its data source. */
    static final class StatementCounting implements BeanPostProcessor {

        private final Statements statements;

        StatementCounting(Statements statements) {
            this.statements = statements;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof DataSource ds && !(bean instanceof CountingDataSource)) {
                return new CountingDataSource(ds, statements);
            }
            return bean;
        }
    }

    static final class CountingDataSource extends DelegatingDataSource {

        private final Statements statements;

        CountingDataSource(DataSource target, Statements statements) {
            super(target);
            this.statements = statements;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return counting(super.getConnection(user, password));
        }

        private Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(IntakeBenchmark.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        Object result = invoke(connection, method, args);
                        if (result instanceof Statement statement && method.getName().matches("createStatement|prepareStatement|prepareCall")) {
                            Class<?> type = method.getReturnType();
                            String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : "(statement)";
                            return Proxy.newProxyInstance(IntakeBenchmark.class.getClassLoader(), new Class<?>[] {type},
                                    countingStatement(statement, sql));
                        }
                        return result;
                    });
        }

        private InvocationHandler countingStatement(Statement statement, String sql) {
            return (proxy, method, args) -> {
                if (method.getName().startsWith("execute")) {
                    statements.count(sql.equals("(statement)") && args != null && args.length > 0 ? String.valueOf(args[0]) : sql);
                }
                return invoke(statement, method, args);
            };
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
