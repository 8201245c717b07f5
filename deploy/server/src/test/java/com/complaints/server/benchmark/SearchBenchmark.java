package com.complaints.server.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.ComplaintPlatformApplication;
import com.complaints.core.complaint.CaseFacts;
import com.complaints.core.complaint.ComplaintAccess;
import com.complaints.core.intake.IntakeService;
import com.complaints.core.shared.Actor;
import com.complaints.core.search.CaseAnalytics;
import com.complaints.core.search.CaseIndex;
import com.complaints.core.search.Interval;
import com.complaints.core.search.SearchFilters;
import com.complaints.core.search.SearchRequest;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.plugin.api.ComplaintDraft;
import com.complaints.plugin.api.ConsumerDetails;
import com.complaints.plugin.api.SubjectDetails;
import com.complaints.plugin.api.SubjectType;
import com.complaints.search.index.CaseIndexWriter;
import com.complaints.search.index.IndexAliases;
import com.complaints.testsupport.TestElasticsearch;
import com.complaints.server.support.TestPostgres;
import com.complaints.testsupport.TestRedis;

/**
 * The search benchmark (results in BENCHMARKS.md; run with {@code deploy/benchmark/search.sh}).
 * <ol>
 *   <li>bulk-indexes {@code cases} generated cases (default 1,000,000) of 100 tenants with Zipf-skewed sizes and
 *       realistic Chinese and English texts: documents per second;</li>
 *   <li>searches (Chinese phrases, English words, filters, facets) and trends of the largest tenant at concurrency 4:
 *       p50/p95/p99;</li>
 *   <li>takes complaints in at {@code rate} per second (default 200) for {@code seconds} through the platform's intake,
 *       the outbox relay indexing them: index lag p50/p95/p99 from the relay's metric.</li>
 * </ol>
 */
public final class SearchBenchmark {

    private static final int TENANTS = 100;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String[] PRODUCTS = {"冰箱 BCD-520", "洗衣机 W7", "空调 KFR-35", "扫地机器人 S8", "电热水壶 K1", "Broadband 500M",
            "快递配送", "手机 X12", "电视 65E", "会员服务", "Smart Watch W2", "Coffee Machine C3", "外卖配送", "酒店预订", "Airline Ticket"};
    static final String[] ZH = {"不制冷", "漏水严重", "噪音很大", "无法开机", "充电座无法识别", "送货延误三天", "包裹破损", "客服态度恶劣",
            "退款迟迟不到账", "屏幕出现坏点", "安装师傅迟到", "收费与宣传不符", "会员自动续费未提醒", "订单被无故取消", "遥控器失灵"};
    static final String[] EN = {"stopped cooling after a week", "leaks water from the bottom", "the screen flickers",
            "refund has not arrived", "the courier was rude", "was charged twice", "cannot connect to wifi",
            "battery drains overnight", "delivery was five days late", "the app keeps crashing"};
    static final String[] REGIONS = {"浦东新区", "徐汇区", "静安区", "海淀区", "朝阳区", "天河区", "南山区", "西湖区", "武侯区", "江汉区",
            "鼓楼区", "雁塔区", "历下区", "和平区", "渝中区", "思明区", "秦淮区", "姑苏区", "滨海新区", "黄浦区"};
    static final String[] CHANNELS = {"phone", "web", "email", "onsite"};
    static final String[] CATEGORIES = {"PRODUCT_QUALITY", "PRODUCT_PERFORMANCE", "SERVICE_ATTITUDE", "SERVICE_PROCESS", "LEGAL_DISPUTE", "OTHER"};
    static final String[] STATUSES = {"RECEIVED", "TRIAGED", "IN_PROGRESS", "SOLUTION_PROPOSED", "RESOLVED", "CLOSED"};
    static final String[] SLA = {"ON_TIME", "ON_TIME", "ON_TIME", "LATE", "OVERDUE", "OPEN"};

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args).map(a -> a.split("=", 2)).forEach(kv -> options.put(kv[0], kv.length > 1 ? kv[1] : ""));
        new SearchBenchmark().run(Integer.parseInt(options.getOrDefault("cases", "1000000")),
                Integer.parseInt(options.getOrDefault("rate", "200")),
                Integer.parseInt(options.getOrDefault("seconds", "60")),
                Integer.parseInt(options.getOrDefault("queries", "400")),
                Boolean.parseBoolean(options.getOrDefault("keep", "false")));
        System.exit(0);
    }

    private void run(int cases, int rate, int seconds, int queries, boolean keep) throws Exception {
        TestPostgres.Database db = TestPostgres.separateDatabase("benchmark_search");
        String alias = "complaints-bench-" + UUID.randomUUID().toString().substring(0, 8);
        ConfigurableApplicationContext ctx = node(db, alias);
        try {
            TenantDirectory directory = ctx.getBean(TenantDirectory.class);
            TenantContext tenantContext = ctx.getBean(TenantContext.class);
            List<String> tenants = new ArrayList<>();
            for (int t = 0; t < TENANTS; t++) {
                String tenant = "sb" + t + "-" + UUID.randomUUID().toString().substring(0, 6);
                directory.create(new TenantDirectory.NewTenant(tenant, "Search bench " + t, "Asia/Shanghai", "zh-CN"));
                tenants.add(tenant);
            }
            int[] sizes = zipf(cases, TENANTS);
            print("cases", cases);
            print("tenants", TENANTS);
            print("largest tenant (cases)", sizes[0]);
            print("smallest tenant (cases)", sizes[TENANTS - 1]);

            // 1. bulk indexing
            CaseIndexWriter writer = ctx.getBean(CaseIndexWriter.class);
            IndexAliases aliases = ctx.getBean(IndexAliases.class);
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<?>> jobs = new ArrayList<>();
            AtomicLong written = new AtomicLong();
            int batch = 2000;
            for (int t = 0; t < TENANTS; t++) {
                String tenant = tenants.get(t);
                int size = sizes[t];
                long seed = t;
                for (int from = 0; from < size; from += batch) {
                    int n = Math.min(batch, size - from);
                    int offset = from;
                    jobs.add(pool.submit(() -> {
                        Random random = new Random(seed * 1_000_003L + offset);
                        List<CaseFacts> facts = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            facts.add(facts(tenant, random));
                        }
                        writer.write(aliases.alias(), facts);
                        written.addAndGet(n);
                        return null;
                    }));
                }
            }
            for (Future<?> job : jobs) {
                job.get();
            }
            aliases.refresh(aliases.alias());
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            print("bulk indexing time (s)", String.format("%.1f", indexSeconds));
            print("bulk indexing rate (docs/s)", String.format("%.0f", written.get() / indexSeconds));
            // the steady state a live index is in: background segment merges after the bulk load have finished
            long settle = System.nanoTime();
            while (mergesRunning(aliases.alias()) && System.nanoTime() - settle < Duration.ofMinutes(10).toNanos()) {
                Thread.sleep(2000);
            }
            print("segment merges settled after (s)", String.format("%.0f", (System.nanoTime() - settle) / 1e9));

            // 2. search and trends latency for the largest tenant, 4 concurrent clients
            String large = tenants.getFirst();
            CaseIndex index = ctx.getBean(CaseIndex.class);
            CaseAnalytics analytics = ctx.getBean(CaseAnalytics.class);
            var everything = new ComplaintAccess.Visibility(true, java.util.Set.of(), "bench");
            List<SearchRequest> requests = searchRequests();
            Map<Integer, List<Long>> byKind = new java.util.concurrent.ConcurrentHashMap<>();
            long[] search = concurrently(4, queries, i -> {
                long s = System.nanoTime();
                Object result = tenantContext.callAs(large, () -> index.search(requests.get(i % requests.size()), everything));
                byKind.computeIfAbsent(i % requests.size(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add((System.nanoTime() - s) / 1_000_000);
                return result;
            });
            report("search (largest tenant, concurrency 4)", search);
            byKind.forEach((kind, list) -> {
                long[] ms = list.stream().mapToLong(Long::longValue).sorted().toArray();
                SearchRequest r = requests.get(kind);
                print("  search kind " + kind + " q=" + r.q() + (r.filters().status().isEmpty() && r.filters().region().isEmpty() ? "" : " +filters")
                        + " p50/p95 (ms)", ms[ms.length / 2] + " / " + ms[Math.min(ms.length - 1, (int) (ms.length * 0.95))]);
            });
            String[] groups = {"region", "category", "channel", "product", null};
            Interval[] intervals = {Interval.MONTH, Interval.WEEK, Interval.DAY, Interval.QUARTER};
            long[] trends = concurrently(4, queries / 4, i -> tenantContext.callAs(large, () -> analytics.trends(
                    intervals[i % intervals.length], groups[i % groups.length], LocalDate.now(ZONE).minusMonths(i % 4 == 2 ? 1 : 12),
                    LocalDate.now(ZONE))));
            report("trends (largest tenant, concurrency 4)", trends);

            // 3. index lag while intake runs at `rate` per second
            IntakeService complaints = ctx.getBean(IntakeService.class);
            TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
            MeterRegistry meters = ctx.getBean(MeterRegistry.class);
            Timer lag = meters.get("complaints.search.index.lag").timer();
            long lagBefore = lag.count();
            Random random = new Random(42);
            ExecutorService intake = Executors.newFixedThreadPool(12);
            long start = System.nanoTime();
            long total = (long) rate * seconds;
            List<Future<?>> submitted = new ArrayList<>();
            for (long i = 0; i < total; i++) {
                long due = start + (long) (i * 1e9 / rate);
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                String tenant = tenants.get(random.nextInt(10));
                ComplaintDraft draft = draft(random);
                submitted.add(intake.submit(() -> tenantContext.callAs(tenant, () -> tx.execute(s -> complaints.receive(draft, Actor.consumer())))));
            }
            for (Future<?> f : submitted) {
                f.get();
            }
            double intakeSeconds = (System.nanoTime() - start) / 1e9;
            intake.shutdown();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (lag.count() - lagBefore < total && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            print("intake (cases)", total);
            print("intake rate achieved (cases/s)", String.format("%.0f", total / intakeSeconds));
            print("indexed by the relay", lag.count() - lagBefore);
            for (ValueAtPercentile p : lag.takeSnapshot().percentileValues()) {
                print("index lag p" + (int) Math.round(p.percentile() * 100) + " (ms)", String.format("%.0f", p.value(java.util.concurrent.TimeUnit.MILLISECONDS)));
            }
            print("index lag max (ms)", String.format("%.0f", lag.max(java.util.concurrent.TimeUnit.MILLISECONDS)));
            if (keep) {
                print("index kept behind alias", aliases.alias() + " " + aliases.current());
            } else {
                for (String index1 : aliases.current()) {
                    aliases.delete(index1);
                }
            }
        } finally {
            ctx.close();
        }
    }

    private static boolean mergesRunning(String alias) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String body = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                TestElasticsearch.url() + "/" + alias + "/_stats/merge")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
        return json.path("_all").path("total").path("merges").path("current").asLong(0) > 0;
    }

    private static List<SearchRequest> searchRequests() {
        List<SearchRequest> requests = new ArrayList<>();
        String[] queries = {"不制冷", "充电座", "退款", "送货延误", "客服态度", "leaks water", "refund", "courier rude", "冰箱 漏水",
                "screen flickers", null};
        for (String q : queries) {
            requests.add(new SearchRequest(q, SearchFilters.none(), q == null ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE, 20, null));
        }
        requests.add(new SearchRequest("不制冷", new SearchFilters(null, List.of("PRODUCT_QUALITY"), List.of("phone", "web"), null,
                List.of("浦东新区"), null, null, null, null, null, null), SearchRequest.Sort.RELEVANCE, 20, null));
        requests.add(new SearchRequest(null, new SearchFilters(List.of("IN_PROGRESS"), null, null, null, null, null, null, true,
                Instant.now().minus(Duration.ofDays(90)), Instant.now(), null), SearchRequest.Sort.NEWEST, 20, null));
        return requests;
    }

    interface Call {
        Object run(int i) throws Exception;
    }

    private static long[] concurrently(int threads, int calls, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < Math.min(50, calls); i++) {
            call.run(i); // warm-up
        }
        for (int i = 0; i < calls; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                long s = System.nanoTime();
                call.run(n);
                return (System.nanoTime() - s) / 1_000_000;
            }));
        }
        long[] millis = new long[calls];
        for (int i = 0; i < calls; i++) {
            millis[i] = results.get(i).get();
        }
        pool.shutdown();
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String what, long[] millis) {
        print(what + " calls", millis.length);
        print(what + " p50 (ms)", millis[(int) (millis.length * 0.50)]);
        print(what + " p95 (ms)", millis[Math.min(millis.length - 1, (int) (millis.length * 0.95))]);
        print(what + " p99 (ms)", millis[Math.min(millis.length - 1, (int) (millis.length * 0.99))]);
    }

    /** Case counts per tenant, Zipf-like (exponent 0.8), summing to {@code cases}. */
    static int[] zipf(int cases, int tenants) {
        double[] weights = new double[tenants];
        double sum = 0;
        for (int i = 0; i < tenants; i++) {
            weights[i] = 1 / Math.pow(i + 1, 0.8);
            sum += weights[i];
        }
        int[] sizes = new int[tenants];
        int assigned = 0;
        for (int i = 0; i < tenants; i++) {
            sizes[i] = (int) Math.max(1, Math.floor(cases * weights[i] / sum));
            assigned += sizes[i];
        }
        sizes[0] += cases - assigned;
        return sizes;
    }

    private static CaseFacts facts(String tenant, Random r) {
        UUID id = UUID.randomUUID();
        Instant received = Instant.now().minus(Duration.ofMinutes(r.nextInt(60 * 24 * 365 * 2)));
        String product = PRODUCTS[r.nextInt(PRODUCTS.length)];
        String text = r.nextInt(3) == 0 ? product + " " + EN[r.nextInt(EN.length)] + ", and " + EN[r.nextInt(EN.length)] + "."
                : product + ZH[r.nextInt(ZH.length)] + "，" + ZH[r.nextInt(ZH.length)] + "，希望尽快处理。";
        String status = STATUSES[r.nextInt(STATUSES.length)];
        String category = r.nextInt(10) == 0 ? null : CATEGORIES[r.nextInt(CATEGORIES.length)];
        Map<String, String> sla = Map.of("FIRST_CONTACT", SLA[r.nextInt(SLA.length)], "RESOLUTION", SLA[r.nextInt(SLA.length)]);
        List<String> breached = sla.entrySet().stream().filter(e -> e.getValue().equals("LATE") || e.getValue().equals("OVERDUE"))
                .map(Map.Entry::getKey).sorted().toList();
        Integer satisfaction = r.nextInt(3) == 0 ? 1 + r.nextInt(5) : null;
        return new CaseFacts(id, tenant, tenant.toUpperCase() + "-" + r.nextInt(99999999), status, category, "STANDARD",
                "NORMAL", CHANNELS[r.nextInt(CHANNELS.length)], null, REGIONS[r.nextInt(REGIONS.length)], null,
                "PRODUCT", product, text, List.of(text), sla, breached, satisfaction, 1, "agent", null, received,
                null, null, received, 1, false);
    }

    private static ComplaintDraft draft(Random r) {
        String product = PRODUCTS[r.nextInt(PRODUCTS.length)];
        return new ComplaintDraft("web", null, new ConsumerDetails("顾客", "138" + (10000000 + r.nextInt(89999999)), null, null,
                null, REGIONS[r.nextInt(REGIONS.length)]), new SubjectDetails(SubjectType.PRODUCT, product, null),
                product + ZH[r.nextInt(ZH.length)] + "，" + ZH[r.nextInt(ZH.length)], null, null, null);
    }

    private static void print(String what, Object value) {
        System.out.printf("%-55s %s%n", what, value);
    }

    private static ConfigurableApplicationContext node(TestPostgres.Database db, String alias) {
        String[] args = {
                "--server.port=0",
                "--spring.datasource.hikari.maximum-pool-size=16",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=",
                "--complaints.security.dev-token.enabled=true",
                "--complaints.demo.enabled=false",
                "--complaints.timers.redis.address=" + TestRedis.url(),
                "--complaints.timers.redis-key=complaints:bench-search:" + alias,
                "--complaints.search.elasticsearch.uris=" + TestElasticsearch.url(),
                "--complaints.search.elasticsearch.socket-timeout=60s",
                "--complaints.search.index.alias=" + alias,
                "--complaints.search.index.relay-interval=50ms",
                "--logging.level.root=WARN",
        };
        return new SpringApplicationBuilder(ComplaintPlatformApplication.class).profiles("postgres").run(db.nodeArguments(args));
    }
}
