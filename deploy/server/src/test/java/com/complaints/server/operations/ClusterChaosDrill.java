package com.complaints.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.server.support.ApiIntegrationTest;

/**
 * The cluster drill: steady mixed load through the balancer of {@code deploy/cluster} (intake with Idempotency-Keys,
 * searches, case lists, a live event stream) while node 1 is killed with {@code kill -9} and started again, Redis is
 * flushed, Elasticsearch is stopped for 60 s and PostgreSQL is restarted. Then: every complaint acknowledged with 201
 * is in PostgreSQL, the search index holds every case of the tenant at its database version, no deadline timer due
 * is left unfired and none fired twice, no request answered 500, the database's outage answered 503 with
 * {@code Retry-After}, and the event stream resumed. Run by {@code deploy/cluster/chaos.sh} (not by the plain Maven
 * build: it stops shared services); the figures go to {@code target/chaos/report.txt}.
 */
class ClusterChaosDrill {

    private static final String BASE = System.getenv().getOrDefault("CHAOS_BASE_URL", "http://localhost:8090");
    private static final String KEYCLOAK = System.getenv().getOrDefault("COMPLAINTS_TEST_KEYCLOAK_URL", "http://localhost:8180");
    private static final String ES = System.getenv().getOrDefault("COMPLAINTS_TEST_ES_URL", "http://127.0.0.1:9200");
    private static final String DB = "jdbc:postgresql://127.0.0.1:" + System.getenv().getOrDefault("COMPLAINTS_TEST_PG_PORT", "5432")
            + "/" + System.getenv().getOrDefault("COMPLAINTS_CLUSTER_DB", "complaints_chaos");
    private static final String INDEX = System.getenv().getOrDefault("COMPLAINTS_CLUSTER_INDEX", "complaints-chaos");
    private static final String TENANT = "demo";
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final int CLIENTS = 4;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicReference<String> token = new AtomicReference<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicLong unavailableWithRetryAfter = new AtomicLong();
    private final AtomicLong unavailableWithoutRetryAfter = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();
    private final ConcurrentLinkedQueue<Instant> events = new ConcurrentLinkedQueue<>();
    private final AtomicLong streamReconnects = new AtomicLong();
    private final List<String> timeline = new ArrayList<>();

    @Test
    void theClusterKeepsEveryAcknowledgedComplaintThroughNodeRedisSearchAndDatabaseFailures() throws Exception {
        refreshToken();
        Instant start = Instant.now();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            threads.add(Thread.ofPlatform().name("chaos-client-" + i).start(this::client));
        }
        threads.add(Thread.ofPlatform().name("chaos-events").daemon().start(this::followEvents));
        Thread tokens = Thread.ofPlatform().daemon().start(() -> {
            while (loading.get()) {
                sleep(60_000);
                try {
                    refreshToken();
                } catch (Exception ignored) {
                    // the next round tries again
                }
            }
        });

        sleep(20_000);
        step("kill -9 node 1", "deploy/cluster/cluster.sh kill-node 1");
        sleep(5_000);
        step("start node 1 again", "deploy/cluster/cluster.sh start");
        sleep(10_000);
        step("flush Redis", "redis-cli -p " + System.getenv().getOrDefault("COMPLAINTS_TEST_REDIS_PORT", "6379") + " flushall");
        sleep(15_000);
        step("stop Elasticsearch", "kill $(cat /var/tmp/complaint-platform/elasticsearch-*/elasticsearch.pid)");
        sleep(60_000);
        step("start Elasticsearch", "deploy/local/services.sh start");
        sleep(15_000);
        Instant databaseDown = Instant.now();
        step("restart PostgreSQL", "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | sort -V | tail -1) main restart");
        Instant databaseUp = Instant.now();
        sleep(30_000);
        Instant lastStep = Instant.now();
        sleep(20_000);
        loading.set(false);
        for (Thread t : threads.subList(0, CLIENTS)) {
            t.join(60_000);
        }
        tokens.interrupt();
        Instant loadEnd = Instant.now();

        // convergence: the index catches up with the database (the relay retries what Elasticsearch refused)
        Map<UUID, Long> database = Map.of();
        Map<UUID, Long> index = Map.of();
        Instant deadline = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(deadline)) {
            database = databaseVersions();
            index = indexVersions();
            if (database.equals(index)) {
                break;
            }
            sleep(3_000);
        }
        Duration convergence = Duration.between(loadEnd, Instant.now());
        Map<UUID, Long> finalDatabase = database;
        Map<UUID, Long> finalIndex = index;
        long missingInIndex = finalDatabase.keySet().stream().filter(id -> !finalIndex.containsKey(id)).count();
        long staleInIndex = finalDatabase.entrySet().stream()
                .filter(e -> finalIndex.containsKey(e.getKey()) && !finalIndex.get(e.getKey()).equals(e.getValue())).count();
        long lost = acknowledged.stream().filter(id -> !finalDatabase.containsKey(id)).count();
        long eventsAfterChaos = events.stream().filter(t -> t.isAfter(lastStep)).count();
        long[] timers = timerChecks();

        String report = report(start, loadEnd, databaseDown, databaseUp, convergence, missingInIndex, staleInIndex, lost,
                eventsAfterChaos, finalDatabase.size(), finalIndex.size(), timers);
        Path out = Path.of("target/chaos/report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);

        assertThat(acknowledged).as("complaints acknowledged with 201").hasSizeGreaterThan(100);
        assertThat(lost).as("acknowledged complaints missing in PostgreSQL").isZero();
        assertThat(statuses.keySet()).as("500 answers").noneMatch(s -> s.startsWith("500"));
        assertThat(unavailableWithoutRetryAfter.get()).as("503 problem answers without Retry-After").isZero();
        assertThat(missingInIndex).as("cases missing in the index").isZero();
        assertThat(staleInIndex).as("cases at an older version in the index").isZero();
        assertThat(finalIndex.size()).as("index documents of the tenant").isEqualTo(finalDatabase.size());
        assertThat(timers[0]).as("timers due over a minute ago and not fired").isZero();
        assertThat(timers[1]).as("deadline events recorded twice for one clock").isZero();
        assertThat(eventsAfterChaos).as("live events received after the last failure").isPositive();
    }

    /** One client: takes complaints in (retrying with the same Idempotency-Key), searches and lists now and then. */
    private void client() {
        int round = 0;
        while (loading.get()) {
            round++;
            String key = UUID.randomUUID().toString();
            String body = json.writeValueAsString(ApiIntegrationTest.complaintBody("扫地机器人 S" + (round % 50)));
            for (int attempt = 0; attempt < 8; attempt++) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/complaints"))
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
                if (answer != null && (answer.statusCode() == 201 || answer.statusCode() == 200)) {
                    acknowledged.add(UUID.fromString(json.readTree(answer.body()).get("id").asString()));
                    break;
                }
                if (attempt == 7) {
                    abandoned.incrementAndGet();
                }
                sleep(500L * (attempt + 1));
            }
            if (round % 3 == 0) {
                send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/search/complaints?q="
                        + URLEncoder.encode("扫地机器人", StandardCharsets.UTF_8))).GET());
            }
            if (round % 5 == 0) {
                send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/complaints?size=20")).GET());
            }
            sleep(150);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = http.send(request.header("Authorization", "Bearer " + token.get())
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            int code = answer.statusCode();
            String path = answer.uri().getPath();
            boolean problem = answer.headers().firstValue("Content-Type").orElse("").contains("problem+json");
            String type = problem ? " " + json.readTree(answer.body()).path("type").asString("").replaceAll(".*/", "") : "";
            statuses.computeIfAbsent(code == 200 || code == 201 ? Integer.toString(code)
                    : code + " " + path.replaceAll("[0-9a-f-]{36}", "{id}") + type, s -> new AtomicLong()).incrementAndGet();
            if (answer.statusCode() == 503 && problem) {
                (answer.headers().firstValue("Retry-After").isPresent() ? unavailableWithRetryAfter
                        : unavailableWithoutRetryAfter).incrementAndGet();
            }
            return answer;
        } catch (IOException e) {
            statuses.computeIfAbsent("connection-error", s -> new AtomicLong()).incrementAndGet();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Follows the live event stream through the balancer, resuming with Last-Event-ID after every break. */
    private void followEvents() {
        String lastId = null;
        while (true) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/api/v1/events"))
                        .header("Authorization", "Bearer " + token.get()).header("Accept", "text/event-stream");
                if (lastId != null) {
                    request.header("Last-Event-ID", lastId);
                }
                HttpResponse<Stream<String>> stream = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
                if (stream.statusCode() == 200) {
                    for (String line : (Iterable<String>) stream.body()::iterator) {
                        if (line.startsWith("id:")) {
                            lastId = line.substring(3).strip();
                        } else if (line.startsWith("event:") && line.contains("change")) {
                            events.add(Instant.now());
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the node or the balancer dropped the stream: resume below
            } catch (InterruptedException e) {
                return;
            }
            streamReconnects.incrementAndGet();
            sleep(1_000);
        }
    }

    private void refreshToken() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=demo-integrations&client_secret="
                + System.getenv().getOrDefault("COMPLAINTS_DEMO_SERVICE_SECRET", "dev-demo-service-secret");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(KEYCLOAK
                        + "/realms/complaints/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("a token of the demo tenant's service account: %s", answer.body()).isEqualTo(200);
        token.set(json.readTree(answer.body()).get("access_token").asString());
    }

    private void step(String what, String command) throws Exception {
        Instant at = Instant.now();
        Process process = new ProcessBuilder("bash", "-c", command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(what).isTrue();
        timeline.add("%s  %-24s exit %d (%d ms)%s".formatted(at, what, process.exitValue(),
                Duration.between(at, Instant.now()).toMillis(), process.exitValue() == 0 ? "" : ": " + output.strip()));
        assertThat(process.exitValue()).as("%s: %s", what, output).isZero();
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection(DB, System.getenv().getOrDefault("COMPLAINTS_TEST_PG_ADMIN_USER", "postgres"),
                System.getenv().getOrDefault("COMPLAINTS_TEST_PG_ADMIN_PASSWORD", ""));
    }

    private Map<UUID, Long> databaseVersions() throws SQLException {
        Map<UUID, Long> versions = new HashMap<>();
        try (Connection c = database(); var rows = c.createStatement().executeQuery(
                "select id, change_version from complaints where tenant_id = '" + TENANT + "'")) {
            while (rows.next()) {
                versions.put(rows.getObject(1, UUID.class), rows.getLong(2));
            }
        }
        return versions;
    }

    private Map<UUID, Long> indexVersions() {
        Map<UUID, Long> versions = new HashMap<>();
        try {
            http.send(HttpRequest.newBuilder(URI.create(ES + "/" + INDEX + "/_refresh"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(ES
                    + "/" + INDEX + "/_search?size=10000&q=tenant_id:" + TENANT + "&_source=change_version")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode hits = json.readTree(answer.body()).path("hits").path("hits");
            hits.forEach(hit -> versions.put(UUID.fromString(hit.get("_id").asString()),
                    hit.path("_source").path("change_version").asLong()));
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return versions;
    }

    /** Timers due over a minute ago and not fired; deadline events (warning, breach, escalation) recorded twice. */
    private long[] timerChecks() throws SQLException {
        try (Connection c = database(); var late = c.createStatement().executeQuery(
                "select count(*) from deadline_timers where active and fired_at is null and due_at < now() - interval '1 minute'");
             var twice = c.createStatement().executeQuery(
                     "select count(*) from (select reference_id, event_type from timeline_events"
                             + " where event_type in ('SLA_WARNING', 'SLA_BREACHED', 'SLA_ESCALATED')"
                             + " group by 1, 2 having count(*) > 1) d")) {
            late.next();
            twice.next();
            return new long[] {late.getLong(1), twice.getLong(1)};
        }
    }

    private String report(Instant start, Instant loadEnd, Instant databaseDown, Instant databaseUp, Duration convergence,
                          long missing, long stale, long lost, long eventsAfter, int databaseCases, int indexCases,
                          long[] timers) {
        StringBuilder out = new StringBuilder("cluster chaos drill, " + start + " – " + loadEnd + "\n");
        timeline.forEach(line -> out.append("  ").append(line).append('\n'));
        out.append("load: %d clients, %s\n".formatted(CLIENTS, Duration.between(start, loadEnd)));
        out.append("answers: ").append(new TreeMap<>(statuses)).append('\n');
        out.append("acknowledged (201 or idempotent replay): %d; missing in PostgreSQL: %d; given up after 8 tries: %d\n"
                .formatted(acknowledged.size(), lost, abandoned.get()));
        out.append("503 problems with Retry-After: %d, without: %d; database restart took %d ms\n".formatted(
                unavailableWithRetryAfter.get(), unavailableWithoutRetryAfter.get(),
                Duration.between(databaseDown, databaseUp).toMillis()));
        out.append("search index: %d cases in PostgreSQL, %d in the index, %d missing, %d stale; converged %s after the load\n"
                .formatted(databaseCases, indexCases, missing, stale, convergence));
        out.append("timers due and unfired: %d; deadline events recorded twice: %d\n".formatted(timers[0], timers[1]));
        out.append("live events: %d in all, %d after the last failure, %d stream reconnects\n".formatted(events.size(),
                eventsAfter, streamReconnects.get()));
        return out.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
