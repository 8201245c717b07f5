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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.server.support.ApiIntegrationTest;
import com.complaints.server.support.TestKeycloak;

/**
 * The cluster drill: steady mixed load through the balancer of {@code deploy/cluster} (intake with Idempotency-Keys,
 * searches, case lists, a live event stream) while node 1 is killed with {@code kill -9} and started again, Redis is
 * flushed, Elasticsearch is stopped for 60 s and PostgreSQL is restarted. Then: every complaint acknowledged with 201
 * is in PostgreSQL, the search index holds every case of the tenant at its database version, no request answered
 * 500, the database's outage answered 503 with {@code Retry-After}, and the event stream resumed.
 *
 * <p>Deadlines and notifications run through the failures too: the drill tenant's policy gives URGENT cases two
 * minutes (calendar time) to the first contact, and a third of the cases are triaged URGENT, so warnings and breaches
 * fall due all through the drill; a webhook notifier posts every case received and every deadline event to a
 * receiver in this test, which refuses one delivery in ten for good and fails one in ten once. Afterwards every due
 * deadline timer fired, none twice; every delivery ended delivered (and the receiver accepted it) or dead-lettered
 * (and the receiver refused it), and every acknowledged case was notified once. Run by
 * {@code deploy/cluster/chaos.sh} (not by the plain Maven build: it stops shared services); the figures go to
 * {@code target/chaos/report.txt}.
 */
class ClusterChaosDrill {

    private static final String BASE = System.getenv().getOrDefault("CHAOS_BASE_URL", "http://localhost:8090");
    private static final String ES = System.getenv().getOrDefault("COMPLAINTS_TEST_ES_URL", "http://127.0.0.1:9200");
    private static final String DB = "jdbc:postgresql://127.0.0.1:" + System.getenv().getOrDefault("COMPLAINTS_TEST_PG_PORT", "5432")
            + "/" + System.getenv().getOrDefault("COMPLAINTS_CLUSTER_DB", "complaints_chaos");
    private static final String INDEX = System.getenv().getOrDefault("COMPLAINTS_CLUSTER_INDEX", "complaints-chaos");
    private static final String TENANT = "demo";
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final int CLIENTS = 4;
    /** The drill's own tenant-admin service account (made in Keycloak for the drill, removed after it). */
    private static final String DRILL_ADMIN = "chaos-drill-admin";
    private static final String DRILL_ADMIN_SECRET = "chaos-drill-admin-secret";
    private static final String NOTIFIER = "chaos-webhook";
    private static final Duration FIRST_CONTACT = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicReference<String> token = new AtomicReference<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<UUID> urgent = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicLong unavailableWithRetryAfter = new AtomicLong();
    private final AtomicLong unavailableWithoutRetryAfter = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();
    private final ConcurrentLinkedQueue<Instant> events = new ConcurrentLinkedQueue<>();
    private final AtomicLong streamReconnects = new AtomicLong();
    /** The node (HAProxy's X-Served-By) of each stream connection, in order. */
    private final List<String> streamNodes = new CopyOnWriteArrayList<>();
    private final List<String> timeline = new ArrayList<>();

    @Test
    void theClusterKeepsEveryAcknowledgedComplaintThroughNodeRedisSearchAndDatabaseFailures() throws Exception {
        TestKeycloak.ensureServiceClient(DRILL_ADMIN, DRILL_ADMIN_SECRET, TENANT, "TENANT_ADMIN");
        try (DrillWebhookReceiver webhook = new DrillWebhookReceiver()) {
            configureTenant(TestKeycloak.clientToken(TestKeycloak.REALM, DRILL_ADMIN, DRILL_ADMIN_SECRET), webhook.url());
            drill(webhook);
        } finally {
            TestKeycloak.deleteClient(DRILL_ADMIN);
        }
    }

    /** The drill tenant: two minutes to the first contact of an URGENT case, and a webhook for every case and deadline. */
    private void configureTenant(String admin, String webhookUrl) throws Exception {
        HttpResponse<String> notifier = call(admin, HttpRequest.newBuilder(URI.create(BASE + "/api/v1/admin/notifiers"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("id", NOTIFIER, "type", "webhook",
                        "events", List.of("CASE_RECEIVED", "SLA_WARNING", "SLA_BREACHED", "SLA_ESCALATED"),
                        "settings", Map.of("url", webhookUrl, "secret", "chaos-drill-webhook-secret"))))));
        assertThat(notifier.statusCode()).as("the webhook notifier: %s", notifier.body()).isEqualTo(201);
        HttpResponse<String> current = call(admin, HttpRequest.newBuilder(URI.create(BASE + "/api/v1/admin/sla-policies/current")));
        assertThat(current.statusCode()).as("the SLA policy: %s", current.body()).isEqualTo(200);
        Map<String, Object> targets = json.convertValue(json.readTree(current.body()).get("targets"),
                new tools.jackson.core.type.TypeReference<HashMap<String, Object>>() { });
        targets.put("urgentFirstContact", FIRST_CONTACT.toString());
        targets.put("urgentFirstContactCalendarTime", true);
        targets.put("warningShare", 0.5);
        targets.put("secondLevelAfter", "PT1M");
        HttpResponse<String> changed = call(admin, HttpRequest.newBuilder(URI.create(BASE + "/api/v1/admin/sla-policies"))
                .header("Content-Type", "application/json").header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(targets))));
        assertThat(changed.statusCode()).as("the drill's SLA policy: %s", changed.body()).isEqualTo(201);
    }

    private HttpResponse<String> call(String bearer, HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + bearer).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void drill(DrillWebhookReceiver webhook) throws Exception {
        refreshToken();
        throughTheBalancer("before the failures");
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
        assertThat(streamNodes).as("the event stream, placed on the node about to be killed").contains("node-1");
        Instant chaosStart = Instant.now();
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
        throughTheBalancer("after the failures");

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

        // notifications: every delivery of the drill's webhook reaches its end (retries wait 30 s, then longer)
        List<Delivery> deliveries = List.of();
        Instant notificationDeadline = Instant.now().plusSeconds(420);
        while (Instant.now().isBefore(notificationDeadline)) {
            deliveries = deliveries();
            if (deliveries.stream().allMatch(Delivery::finished)) {
                break;
            }
            sleep(5_000);
        }
        // the last URGENT cases' breaches (two minutes after intake) have been due for over a minute
        sleepUntil(loadEnd.plus(FIRST_CONTACT).plusSeconds(75));
        Map<UUID, Long> finalDatabase = database;
        Map<UUID, Long> finalIndex = index;
        long missingInIndex = finalDatabase.keySet().stream().filter(id -> !finalIndex.containsKey(id)).count();
        long staleInIndex = finalDatabase.entrySet().stream()
                .filter(e -> finalIndex.containsKey(e.getKey()) && !finalIndex.get(e.getKey()).equals(e.getValue())).count();
        long lost = acknowledged.stream().filter(id -> !finalDatabase.containsKey(id)).count();
        long eventsAfterChaos = events.stream().filter(t -> t.isAfter(lastStep)).count();
        long[] timers = timerChecks();
        DeadlineFigures deadlines = deadlineFigures(start, chaosStart, lastStep);
        NotificationFigures notifications = notificationFigures(deliveries, webhook);

        String report = report(start, loadEnd, databaseDown, databaseUp, convergence, missingInIndex, staleInIndex, lost,
                eventsAfterChaos, finalDatabase.size(), finalIndex.size(), timers, deadlines, notifications);
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
        assertThat(deadlines.urgentWithoutClock()).as("URGENT cases without a first-contact clock").isZero();
        assertThat(deadlines.breachedDuringChaos()).as("first-contact breaches due during the failures").isPositive();
        assertThat(deadlines.dueNotBreached()).as("first-contact clocks due over a minute ago and not breached").isZero();
        assertThat(notifications.unfinished()).as("webhook deliveries neither delivered nor dead-lettered").isZero();
        assertThat(notifications.deliveredNotAccepted()).as("delivered, but the receiver never accepted it").isZero();
        assertThat(notifications.acceptedNotDelivered()).as("accepted by the receiver, but not recorded as delivered").isZero();
        assertThat(notifications.deadNotRefused()).as("dead-lettered, but the receiver never refused it").isZero();
        assertThat(notifications.refusedNotDead()).as("refused for good, but not dead-lettered").isZero();
        assertThat(notifications.casesNotNotified()).as("acknowledged cases without their CASE_RECEIVED delivery").isZero();
        assertThat(notifications.casesNotifiedTwice()).as("cases with two CASE_RECEIVED deliveries").isZero();
        assertThat(notifications.deadlineDeliveries()).as("deadline events delivered to the webhook").isPositive();
        assertThat(eventsAfterChaos).as("live events received after the last failure").isPositive();
        assertThat(streamNodes).as("the event stream resumed on the other node when its node was killed")
                .startsWith("node-1").contains("node-2");
    }

    /**
     * What else goes through the balancer: the console's page, the public web form, the web channel's JSON webhook (a
     * complaint with an Idempotency-Key, sent twice: one case) and the public progress page of that case.
     */
    private void throughTheBalancer(String when) throws IOException, InterruptedException {
        HttpResponse<String> console = http.send(HttpRequest.newBuilder(URI.create(BASE + "/console/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(console.statusCode()).as("the console %s", when).isEqualTo(200);
        assertThat(console.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(BASE + "/public/" + TENANT
                + "/complaints/new")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).as("the public web form %s", when).isEqualTo(200);
        String key = UUID.randomUUID().toString();
        String body = json.writeValueAsString(Map.of("consumer", Map.of("name", "李四", "email", "li.si@example.com"),
                "subject", Map.of("type", "PRODUCT", "name", "扫地机器人 S1"), "description", "充电座接触不良，无法回充。"));
        HttpResponse<String> first = null;
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(BASE + "/channels/" + TENANT
                            + "/web/complaints")).header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("the web channel %s: %s", when, answer.body()).isIn(200, 201);
            first = first == null ? answer : first;
        }
        JsonNode taken = json.readTree(first.body());
        String caseNumber = taken.get("caseNumber").asString();
        HttpResponse<String> progress = http.send(HttpRequest.newBuilder(URI.create(BASE + "/public/" + TENANT
                + "/complaints/" + caseNumber + "?code=" + URLEncoder.encode(taken.get("accessCode").asString(),
                StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(progress.statusCode()).as("the public progress page %s: %s", when, progress.body()).isEqualTo(200);
        assertThat(json.readTree(progress.body()).path("caseNumber").asString()).isEqualTo(caseNumber);
        timeline.add("%s  %-24s console, web form, web channel (%s, sent twice) and progress page answered".formatted(
                Instant.now(), "through the balancer", caseNumber));
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
                    UUID id = UUID.fromString(json.readTree(answer.body()).get("id").asString());
                    acknowledged.add(id);
                    if (round % 3 == 0) {
                        triageUrgent(id);
                    }
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

    /** Triage as URGENT, retried through failures with one Idempotency-Key (a retry is not a second triage). */
    private void triageUrgent(UUID id) {
        String key = UUID.randomUUID().toString();
        String body = json.writeValueAsString(Map.of("category", "PRODUCT_QUALITY", "complexity", "GENERAL",
                "urgency", "URGENT", "urgencyReason", "儿童受伤风险"));
        for (int attempt = 0; attempt < 8 && loading.get(); attempt++) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/complaints/" + id + "/triage"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (answer != null && answer.statusCode() == 200) {
                urgent.add(id);
                return;
            }
            sleep(500L * (attempt + 1));
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

    /**
     * Follows the live event stream through the balancer, resuming with Last-Event-ID after every break. The first
     * stream is placed on node 1 (the balancer takes turns), so that killing node 1 breaks it.
     */
    private void followEvents() {
        String lastId = null;
        int placing = 0;
        while (true) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/api/v1/events"))
                        .header("Authorization", "Bearer " + token.get()).header("Accept", "text/event-stream");
                if (lastId != null) {
                    request.header("Last-Event-ID", lastId);
                }
                HttpResponse<Stream<String>> stream = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
                String node = stream.headers().firstValue("X-Served-By").orElse("?");
                if (streamNodes.isEmpty() && !node.equals("node-1") && ++placing < 20) {
                    stream.body().close();
                    continue;
                }
                streamNodes.add(node);
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

    private void refreshToken() {
        token.set(TestKeycloak.clientToken(TestKeycloak.REALM, "demo-integrations",
                System.getenv().getOrDefault("COMPLAINTS_DEMO_SERVICE_SECRET", TestKeycloak.DEMO_SERVICE_SECRET)));
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
                          long[] timers, DeadlineFigures deadlines, NotificationFigures notifications) {
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
        out.append(("URGENT cases: %d (first contact due %s after intake, calendar time); first-contact clocks: %d,"
                + " breached %d (%d of them due during the failures), due and not breached %d, without a clock %d\n")
                .formatted(urgent.size(), FIRST_CONTACT, deadlines.clocks(), deadlines.breached(),
                        deadlines.breachedDuringChaos(), deadlines.dueNotBreached(), deadlines.urgentWithoutClock()));
        out.append("deadline timers fired: %d; lateness (fired - due) median %.1f s, max %.1f s\n".formatted(
                deadlines.firedTimers(), deadlines.medianLatenessSeconds(), deadlines.maxLatenessSeconds()));
        out.append(("webhook deliveries: %s; deadline events delivered %d; receiver: %d requests, %d accepted, %d refused,"
                + " %d posted again after acceptance (dropped by delivery id)\n").formatted(notifications.byStatus(),
                notifications.deadlineDeliveries(), notifications.receiverRequests(), notifications.accepted(),
                notifications.refused(), notifications.repeatsAfterAcceptance()));
        out.append(("deliveries: unfinished %d, delivered but not accepted %d, accepted but not delivered %d, dead but not"
                + " refused %d, refused but not dead %d; cases not notified %d, notified twice %d\n").formatted(
                notifications.unfinished(), notifications.deliveredNotAccepted(), notifications.acceptedNotDelivered(),
                notifications.deadNotRefused(), notifications.refusedNotDead(), notifications.casesNotNotified(),
                notifications.casesNotifiedTwice()));
        out.append("live events: %d in all, %d after the last failure, %d stream reconnects; stream served by %s\n"
                .formatted(events.size(), eventsAfter, streamReconnects.get(), String.join(" → ", streamNodes)));
        return out.toString();
    }

    /** One delivery of the drill's webhook notifier. */
    private record Delivery(String id, String status, String event, UUID complaintId) {
        boolean finished() {
            return status.equals("DELIVERED") || status.equals("DEAD");
        }
    }

    private List<Delivery> deliveries() throws SQLException {
        List<Delivery> all = new ArrayList<>();
        try (Connection c = database(); var rows = c.createStatement().executeQuery(
                "select id, status, event, complaint_id from notification_deliveries where tenant_id = '" + TENANT
                        + "' and instance_key = '" + NOTIFIER + "'")) {
            while (rows.next()) {
                all.add(new Delivery(rows.getString(1), rows.getString(2), rows.getString(3), rows.getObject(4, UUID.class)));
            }
        }
        return all;
    }

    private record NotificationFigures(Map<String, Long> byStatus, long unfinished, long deliveredNotAccepted,
                                       long acceptedNotDelivered, long deadNotRefused, long refusedNotDead,
                                       long casesNotNotified, long casesNotifiedTwice, long deadlineDeliveries,
                                       int receiverRequests, int accepted, int refused, int repeatsAfterAcceptance) {
    }

    /** What the platform recorded of each delivery against what the receiver saw of it. */
    private NotificationFigures notificationFigures(List<Delivery> deliveries, DrillWebhookReceiver webhook) {
        Set<String> accepted = webhook.accepted();
        Set<String> refused = webhook.refused();
        Set<String> delivered = ids(deliveries, "DELIVERED");
        Set<String> dead = ids(deliveries, "DEAD");
        Map<UUID, Long> received = new HashMap<>();
        deliveries.stream().filter(d -> d.event().equals("CASE_RECEIVED"))
                .forEach(d -> received.merge(d.complaintId(), 1L, Long::sum));
        return new NotificationFigures(
                new TreeMap<>(deliveries.stream().collect(Collectors.groupingBy(Delivery::status,
                        Collectors.counting()))),
                deliveries.stream().filter(d -> !d.finished()).count(),
                delivered.stream().filter(id -> !accepted.contains(id)).count(),
                accepted.stream().filter(id -> !delivered.contains(id)).count(),
                dead.stream().filter(id -> !refused.contains(id)).count(),
                refused.stream().filter(id -> !dead.contains(id)).count(),
                acknowledged.stream().filter(id -> !received.containsKey(id)).count(),
                received.values().stream().filter(n -> n > 1).count(),
                deliveries.stream().filter(d -> d.event().startsWith("SLA_") && d.status().equals("DELIVERED")).count(),
                webhook.requests(), accepted.size(), refused.size(), webhook.repeatsAfterAcceptance());
    }

    private static Set<String> ids(List<Delivery> deliveries, String status) {
        return deliveries.stream().filter(d -> d.status().equals(status)).map(Delivery::id)
                .collect(Collectors.toSet());
    }

    private record DeadlineFigures(long clocks, long breached, long breachedDuringChaos, long dueNotBreached,
                                   long urgentWithoutClock, long firedTimers, double medianLatenessSeconds,
                                   double maxLatenessSeconds) {
    }

    /**
     * The first-contact clocks of the drill's URGENT cases: breached once due, also when due while a node, Redis,
     * Elasticsearch or PostgreSQL was down; and how late the deadline timers fired.
     */
    private DeadlineFigures deadlineFigures(Instant start, Instant chaosStart, Instant chaosEnd) throws SQLException {
        Set<UUID> withClock = new HashSet<>();
        long clocks = 0;
        long breached = 0;
        long duringChaos = 0;
        long dueNotBreached = 0;
        try (Connection c = database(); var rows = c.prepareStatement(
                "select complaint_id, due_at, state, due_at < now() - interval '1 minute' from sla_clocks"
                        + " where tenant_id = ? and metric = 'FIRST_CONTACT' and started_at >= ?")) {
            rows.setString(1, TENANT);
            rows.setObject(2, Timestamp.from(start.minusSeconds(60)));
            try (var r = rows.executeQuery()) {
                while (r.next()) {
                    clocks++;
                    withClock.add(r.getObject(1, UUID.class));
                    Instant due = r.getTimestamp(2).toInstant();
                    String state = r.getString(3);
                    if (state.equals("BREACHED")) {
                        breached++;
                        if (!due.isBefore(chaosStart) && !due.isAfter(chaosEnd)) {
                            duringChaos++;
                        }
                    } else if (state.equals("RUNNING") && r.getBoolean(4)) {
                        dueNotBreached++;
                    }
                }
            }
        }
        long fired;
        double median;
        double max;
        try (Connection c = database(); var rows = c.prepareStatement(
                "select count(*), coalesce(percentile_cont(0.5) within group (order by extract(epoch from fired_at - due_at)), 0),"
                        + " coalesce(max(extract(epoch from fired_at - due_at)), 0) from deadline_timers"
                        + " where tenant_id = ? and purpose = 'sla' and fired_at is not null and created_at >= ?")) {
            rows.setString(1, TENANT);
            rows.setObject(2, Timestamp.from(start));
            try (var r = rows.executeQuery()) {
                r.next();
                fired = r.getLong(1);
                median = r.getDouble(2);
                max = r.getDouble(3);
            }
        }
        return new DeadlineFigures(clocks, breached, duringChaos, dueNotBreached,
                urgent.stream().filter(id -> !withClock.contains(id)).count(), fired, median, max);
    }

    private static void sleepUntil(Instant when) {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            sleep(millis);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
