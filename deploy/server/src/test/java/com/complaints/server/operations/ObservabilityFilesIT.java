package com.complaints.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.server.support.ElasticsearchServerIntegrationTest;

/**
 * The operators' dashboard ({@code deploy/observability/grafana}) and alert rules ({@code .../prometheus/alerts.yml})
 * name only metrics a node exports, from its start (on PostgreSQL with the Elasticsearch index: every adapter an
 * operator watches), and the rules and the scrape configuration pass {@code promtool}.
 */
class ObservabilityFilesIT extends ElasticsearchServerIntegrationTest {

    private static final Path OBSERVABILITY = Path.of("../observability");
    /** A metric name in PromQL: ours, Spring Boot's HTTP and JVM ones, Hikari's, JDBC's; not Prometheus' own {@code up}. */
    private static final Pattern METRIC = Pattern.compile("\\b((?:complaints|http_server|hikaricp|jvm|jdbc|process)_[a-z0-9_]+)");

    private static Set<String> metricsIn(String promql) {
        Set<String> names = new TreeSet<>();
        Matcher m = METRIC.matcher(promql);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private Set<String> exported() {
        String token = api.token("platform", "ops", "PLATFORM_OPERATOR", null);
        var scrape = api.get("/actuator/prometheus", token);
        assertThat(scrape.status()).isEqualTo(200);
        return scrape.raw().body().lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("[{ ]", 2)[0]).collect(Collectors.toSet());
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsNameIsExported() throws Exception {
        JsonNode dashboard = JsonMapper.builder().build().readTree(
                Files.readString(OBSERVABILITY.resolve("grafana/complaint-platform.json")));
        Set<String> named = new TreeSet<>();
        dashboard.get("panels").forEach(panel -> panel.get("targets")
                .forEach(target -> named.addAll(metricsIn(target.get("expr").asString()))));
        int fromDashboard = named.size();
        Files.readAllLines(OBSERVABILITY.resolve("prometheus/alerts.yml")).stream()
                .filter(l -> l.strip().startsWith("expr:")).forEach(l -> named.addAll(metricsIn(l)));
        assertThat(fromDashboard).as("the dashboard's metrics").isGreaterThan(8);
        assertThat(named).as("metrics named by the dashboard and the alerts").contains(
                "complaints_sla_breaches_total", "complaints_search_outbox_backlog", "complaints_search_index_lag_seconds",
                "complaints_timers_lateness_seconds_bucket", "complaints_notifications_outcomes_total",
                "complaints_plugin_calls_total", "http_server_requests_seconds_count", "hikaricp_connections_active");

        // one request first, so that Spring Boot's HTTP meter exists (as on any node that serves traffic)
        api.get("/api/v1/complaints", api.token(newTenant("obs"), "a", "SUPERVISOR", null));
        Set<String> exported = exported();
        assertThat(named).as("named but not exported (exported: %s)", exported).allMatch(exported::contains);
    }

    @Test
    void pluginMetersCarryNoTenantByDefault() {
        String token = api.token("platform", "ops", "PLATFORM_OPERATOR", null);
        String scrape = api.get("/actuator/prometheus", token).raw().body();
        assertThat(scrape.lines().filter(l -> l.startsWith("complaints_plugin_calls_total")))
                .isNotEmpty().noneMatch(l -> l.contains("tenant=")).noneMatch(l -> l.contains("instance="));
    }

    @Test
    void theRulesAndTheScrapeConfigurationPassPromtool() throws Exception {
        Path promtool = Path.of("/usr/bin/promtool");
        assertThat(promtool).as("promtool (Debian's prometheus package): run deploy/local/tools.sh").isExecutable();
        for (String[] check : new String[][] {{"check", "rules", "prometheus/alerts.yml"},
                {"check", "config", "prometheus/prometheus.yml"}}) {
            Process run = new ProcessBuilder(promtool.toString(), check[0], check[1], check[2])
                    .directory(OBSERVABILITY.toFile()).redirectErrorStream(true).start();
            String output = new String(run.getInputStream().readAllBytes());
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(run.exitValue()).as("promtool %s %s: %s", check[1], check[2], output).isZero();
        }
    }
}
