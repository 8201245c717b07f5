package com.complaints.server.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.report.ReportArchive;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.timer.FiredTimer;
import com.complaints.server.support.Eventually;
import com.complaints.server.support.HttpStub;
import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a month closes, its report (and at a quarter's end the quarter's) is kept and announced to the notifiers
 * subscribed to REPORT_READY; kept reports stay downloadable as JSON, CSV and HTML.
 */
class ReportArchiveIT extends ServerIntegrationTest {

    private final ReportArchive archive;
    private final TenantContext tenantContext;
    private final TransactionTemplate tx;

    @Autowired
    ReportArchiveIT(ReportArchive archive, TenantContext tenantContext, PlatformTransactionManager transactions) {
        this.archive = archive;
        this.tenantContext = tenantContext;
        this.tx = new TransactionTemplate(transactions);
    }

    @Test
    void theCloseOfAQuarterKeepsTheMonthAndTheQuarterAndAnnouncesThem() throws Exception {
        String tenant = newTenant("archive");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        HttpStub hook = new HttpStub();
        try {
            assertThat(api.post("/api/v1/admin/notifiers", admin, Map.of("id", "managers", "type", "webhook",
                    "events", List.of("REPORT_READY"), "settings", Map.of("url", hook.url("/"),
                            "secret", "0123456789abcdef-reports"))).status()).isEqualTo(201);
            assertThat(api.put("/api/v1/admin/reports/subscribers", admin, Map.of("emails", List.of("boss@acme.example")))
                    .status()).isEqualTo(200);
            assertThat(api.put("/api/v1/admin/reports/subscribers", admin, Map.of("emails", List.of("not an address")))
                    .status()).isEqualTo(400);

            // the period-close timer of 1 October fires: September and the third quarter are kept
            Instant firstOfOctober = YearMonth.of(2026, 10).atDay(1).atTime(0, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
            tenantContext.runAs(tenant, () -> tx.executeWithoutResult(s -> archive.fire(new FiredTimer(UUID.randomUUID(), tenant,
                    "report-close", "month", UUID.randomUUID(), null, firstOfOctober, Instant.now()))));

            String sup = api.token(tenant, "sup", "SUPERVISOR", null);
            var kept = api.get("/api/v1/reports/evaluation/archive", sup);
            assertThat(kept.status()).isEqualTo(200);
            List<String> periods = new java.util.ArrayList<>();
            kept.body().forEach(r -> periods.add(r.get("period").asString()));
            assertThat(periods).containsExactlyInAnyOrder("2026-09", "2026-Q3");
            String id = kept.body().get(0).get("id").asString();
            assertThat(api.get("/api/v1/reports/evaluation/archive/" + id, sup).body().get("current").has("volume")).isTrue();
            var csv = api.download("/api/v1/reports/evaluation/archive/" + id, sup, "text/csv");
            assertThat(csv.body()[0]).isEqualTo((byte) 0xEF);
            var html = api.send(api.builder("/api/v1/reports/evaluation/archive/" + id, sup, Map.of("Accept", "text/html")).GET().build());
            assertThat(html.raw().body()).contains("<svg");

            var announced = Eventually.until(Duration.ofSeconds(20), () -> hook.received().stream().map(HttpStub.Received::body).filter(b -> b.contains("REPORT_READY")).toList(),
                    l -> l.size() == 2, "two REPORT_READY webhooks");
            assertThat(String.join("\n", announced)).contains("2026-09", "2026-Q3", "/api/v1/reports/evaluation/archive/");
            // the subscriber's e-mail waits for an e-mail notifier: none is configured, so none is queued
            assertThat(api.get("/api/v1/admin/notifiers/deliveries", admin).raw().body()).doesNotContain("boss@acme.example");

            String other = newTenant("archive-other");
            assertThat(api.get("/api/v1/reports/evaluation/archive", api.token(other, "sup", "SUPERVISOR", null)).body().size()).isZero();
            assertThat(api.get("/api/v1/reports/evaluation/archive/" + id, api.token(other, "sup", "SUPERVISOR", null)).status())
                    .isEqualTo(404);
        } finally {
            hook.close();
        }
    }
}
