package com.complaints.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import com.complaints.core.timer.DeadlineTimers;
import com.complaints.server.support.Api;
import com.complaints.server.support.ApiIntegrationTest;
import com.complaints.server.support.PluginDirectory;
import com.complaints.server.support.ServerNodes;
import com.complaints.server.support.TestPostgres;
import com.complaints.testsupport.TestElasticsearch;

/**
 * The restore the README describes: PostgreSQL is the only thing backed up (pg_dump); restored into an empty database,
 * a node with an empty Redis timer index and an empty search index reconciles every pending deadline timer from the
 * database at start-up, and a reindex makes the search index hold every case again, at its version.
 */
class BackupRestoreIT {

    private static final int CASES = 40;
    private static final String RUN = Long.toString(ProcessHandle.current().pid());
    private static final String ADMIN = System.getenv().getOrDefault("COMPLAINTS_TEST_PG_ADMIN_USER", "postgres");

    private static ConfigurableApplicationContext node(ServerNodes nodes, String alias) {
        return nodes.start(Map.of("complaints.search.elasticsearch.uris", TestElasticsearch.url(),
                "complaints.search.index.alias", alias,
                "complaints.plugins.dir", PluginDirectory.builtIn().toString()), context -> { });
    }

    @Test
    void aRestoredDatabaseRebuildsTheTimerIndexAndTheSearchIndex() throws Exception {
        TestPostgres.Database source = TestPostgres.separateDatabase("backup_source");
        String tenant = "restored";
        long pendingTimers;
        try (ServerNodes nodes = new ServerNodes(source, "complaints:it:backup:source:" + RUN)) {
            Api api = new Api(ServerNodes.port(node(nodes, "complaints-it-backup-source-" + RUN)));
            String operator = api.token("platform", "ops", "PLATFORM_OPERATOR", null);
            assertThat(api.post("/api/v1/platform/tenants", operator, Map.of("slug", tenant, "displayName", "Restored",
                    "timeZone", "Asia/Shanghai", "locale", "zh-CN")).status()).isEqualTo(201);
            String supervisor = api.token(tenant, "sup", "SUPERVISOR", null);
            for (int i = 0; i < CASES; i++) {
                var created = api.post("/api/v1/complaints", supervisor, ApiIntegrationTest.complaintBody("电热水壶 K" + i));
                assertThat(created.status()).isEqualTo(201);
                // triage starts the case's deadline clocks (first contact, resolution): timers in the database
                assertThat(api.post("/api/v1/complaints/" + created.text("id") + "/triage", supervisor,
                        Map.of("category", "PRODUCT_QUALITY", "complexity", "SIMPLE", "urgency", "NORMAL")).status())
                        .isEqualTo(200);
            }
            await(() -> pendingTimersUnchecked(source) >= CASES, Duration.ofSeconds(20));
            pendingTimers = pendingTimers(source);
            assertThat(pendingTimers).as("the cases' deadline timers").isGreaterThanOrEqualTo(CASES);
        }

        Path dump = Path.of("target/backup-restore.dump").toAbsolutePath();
        // every table forces row-level security, even for its owner: the dump and the restore run as a role that
        // bypasses it (the server's superuser here), and the restore keeps the owner and the grants of the dump
        run("pg_dump", "--format=custom", "--host=127.0.0.1", "--username=" + ADMIN, "--file=" + dump, databaseOf(source));
        TestPostgres.Database restored = TestPostgres.separateDatabase("backup_restored");
        run("pg_restore", "--exit-on-error", "--host=127.0.0.1", "--username=" + ADMIN, "--dbname=" + databaseOf(restored),
                dump.toString());

        String alias = "complaints-it-backup-restored-" + RUN;
        try (ServerNodes nodes = new ServerNodes(restored, "complaints:it:backup:restored:" + RUN)) {
            ConfigurableApplicationContext node = node(nodes, alias);
            Api api = new Api(ServerNodes.port(node));
            DeadlineTimers index = node.getBean(DeadlineTimers.class);
            await(() -> index.size() == pendingTimers, Duration.ofSeconds(60));
            assertThat(index.size()).as("timers reconciled into the empty Redis index").isEqualTo(pendingTimers);

            String operator = api.token("platform", "ops", "PLATFORM_OPERATOR", null);
            var started = api.post("/api/v1/platform/search/reindex", operator, Map.of());
            assertThat(started.status()).isEqualTo(202);
            String job = started.text("id");
            await(() -> "DONE".equals(api.get("/api/v1/platform/search/reindex/" + job, operator).text("state")),
                    Duration.ofSeconds(120));
            await(() -> indexedCases(alias, tenant) == CASES, Duration.ofSeconds(30));
            assertThat(indexedCases(alias, tenant)).isEqualTo(CASES);
            var found = api.get("/api/v1/search/complaints?q=" + java.net.URLEncoder.encode("电热水壶 K7", java.nio.charset.StandardCharsets.UTF_8),
                    api.token(tenant, "sup", "SUPERVISOR", null));
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.body().toString()).contains("电热水壶 K7");
        }
    }

    private static long pendingTimersUnchecked(TestPostgres.Database db) {
        try {
            return pendingTimers(db);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private static long pendingTimers(TestPostgres.Database db) throws java.sql.SQLException {
        // the superuser reads across tenants (row-level security binds the application's role)
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), ADMIN,
                System.getenv().getOrDefault("COMPLAINTS_TEST_PG_ADMIN_PASSWORD", ""));
             var rows = connection.createStatement().executeQuery(
                     "select count(*) from deadline_timers where active and fired_at is null")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long indexedCases(String alias, String tenant) {
        try {
            return count(alias, tenant);
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long count(String alias, String tenant) throws java.io.IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        http.send(HttpRequest.newBuilder(URI.create(TestElasticsearch.url() + "/" + alias + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        String body = http.send(HttpRequest.newBuilder(URI.create(TestElasticsearch.url() + "/" + alias
                + "/_count?q=tenant_id:" + tenant)).build(), HttpResponse.BodyHandlers.ofString()).body();
        var count = java.util.regex.Pattern.compile("\"count\":(\\d+)").matcher(body);
        return count.find() ? Long.parseLong(count.group(1)) : -1;
    }

    private static String databaseOf(TestPostgres.Database db) {
        String path = db.jdbcUrl().substring(db.jdbcUrl().lastIndexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    private static void run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", System.getenv().getOrDefault("COMPLAINTS_TEST_PG_ADMIN_PASSWORD", ""));
        builder.environment().put("PGPORT", System.getenv().getOrDefault("COMPLAINTS_TEST_PG_PORT", "5432"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command[0], output).isZero();
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(250);
        }
    }
}
