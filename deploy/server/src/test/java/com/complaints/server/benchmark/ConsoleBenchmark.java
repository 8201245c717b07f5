package com.complaints.server.benchmark;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.complaints.ComplaintPlatformApplication;
import com.complaints.server.support.Api;
import com.complaints.server.support.PluginDirectory;
import com.complaints.server.support.TestPostgres;
import com.complaints.testsupport.TestElasticsearch;
import com.complaints.testsupport.TestRedis;

/**
 * The console's benchmark (deploy/benchmark/console.sh): a production-shaped node (postgres profile, Redis timers and
 * live feed, Elasticsearch) whose tenant holds {@code seed} generated cases (100,000 by default), and the browser
 * measurements of {@code tenant-admin/console/bench/console-bench.mjs} against it in Debian's Chromium: the first
 * screen's JavaScript, the list's rendering after its data arrived, and how long a change takes to show in another
 * browser. Figures in BENCHMARKS.md.
 */
public final class ConsoleBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int seed = Integer.parseInt(options.getOrDefault("seed", "100000"));
        TestPostgres.Database db = TestPostgres.separateDatabase("benchmark_console");
        String[] node = db.nodeArguments(new String[] {
                "--server.port=0",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=",
                "--complaints.security.dev-token.enabled=true",
                "--complaints.demo.enabled=false",
                "--complaints.timers.redis.address=" + TestRedis.url(),
                "--complaints.timers.redis-key=complaints:bench-console:" + UUID.randomUUID(),
                "--complaints.search.elasticsearch.uris=" + TestElasticsearch.url(),
                "--complaints.search.index.alias=complaints-bench-console-" + UUID.randomUUID().toString().substring(0, 8),
                "--complaints.plugins.dir=" + PluginDirectory.builtIn(),
                "--complaints.secrets.key=" + PluginDirectory.SECRETS_KEY,
                "--logging.level.root=WARN",
        });
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ComplaintPlatformApplication.class)
                .profiles("postgres").run(node);
        int exit;
        try {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            Api api = new Api(port);
            String tenant = "bench-console-" + UUID.randomUUID().toString().substring(0, 6);
            String operator = api.token("platform", "operator", "PLATFORM_OPERATOR", null);
            if (api.post("/api/v1/platform/tenants", operator, Map.of("slug", tenant, "displayName", "控制台基准 Console bench",
                    "timeZone", "Asia/Shanghai", "locale", "zh-CN")).status() != 201) {
                throw new IllegalStateException("tenant not created");
            }
            if (seed > 0) {
                IntakeBenchmark.seed(db, tenant, seed);
            }
            IntakeBenchmark.analyze(db);
            ProcessBuilder bench = new ProcessBuilder("node", "bench/console-bench.mjs")
                    .directory(Path.of("tenant-admin/console").toFile()).inheritIO();
            bench.environment().put("CONSOLE_BASE_URL", "http://localhost:" + port);
            bench.environment().put("BENCH_TENANT", tenant);
            bench.environment().put("BENCH_CASES", Integer.toString(seed));
            options.forEach((k, v) -> bench.environment().put("BENCH_" + k.toUpperCase(java.util.Locale.ROOT), v));
            Process p = bench.start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            exit = p.exitValue();
        } finally {
            ctx.close();
        }
        System.exit(exit);
    }
}
