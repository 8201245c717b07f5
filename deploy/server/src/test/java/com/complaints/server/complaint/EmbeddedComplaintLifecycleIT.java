package com.complaints.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.EmbeddedServerIntegrationTest;

/** The lifecycle contract on the embedded default (H2), plus what the run command promises of it. */
class EmbeddedComplaintLifecycleIT extends EmbeddedServerIntegrationTest implements ComplaintLifecycleContract {

    @Test
    void theDemoTenantIsSeededWithItsDepartmentsAndTheIssuerServesTokens() {
        String admin = api().token("demo", "admin", "TENANT_ADMIN", null);
        var departments = api().get("/api/v1/admin/departments", admin);
        assertThat(departments.status()).isEqualTo(200);
        assertThat(departments.body()).hasSize(4);
        assertThat(api().get("/api/v1/complaints", api().token("demo", "alice", "AGENT", "customer-service")).status())
                .isEqualTo(200);
    }

    /** Half a year of history, so that the demo's dashboard means something, with the planted anomaly found. */
    @Test
    void theDemoTenantHasHalfAYearOfCasesWithAnAnomalyToFind() {
        String supervisor = api().token("demo", "sam", "SUPERVISOR", null);
        var trends = api().get("/api/v1/analytics/trends?interval=month&groupBy=category&from="
                + java.time.LocalDate.now().minusMonths(5).withDayOfMonth(1) + "&to=" + java.time.LocalDate.now(), supervisor);
        assertThat(trends.status()).as(trends.raw().body()).isEqualTo(200);
        var points = trends.body().get("points");
        assertThat(points.size()).isGreaterThanOrEqualTo(6);
        for (var point : points) {
            assertThat(point.get("total").asLong()).as("month %s", point.get("start")).isGreaterThan(0);
        }
        assertThat(points.get(2).get("counts").properties()).extracting(java.util.Map.Entry::getKey)
                .contains("PRODUCT_QUALITY", "SERVICE_PROCESS", "LEGAL_DISPUTE");
        // past months have their deadlines decided (mostly, not all, on time) and consumers' scores
        double attainment = points.get(2).get("sla").get("RESOLUTION").get("attainment").asDouble();
        assertThat(attainment).isBetween(0.6, 0.99);
        assertThat(points.get(2).get("averageSatisfaction").asDouble()).isBetween(3.0, 5.0);
        assertThat(points.get(2).get("satisfactionResponses").asLong()).isGreaterThan(50);

        java.time.LocalDate month = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String period = (month.getDayOfMonth() > 10 ? month : month.minusMonths(1)).toString().substring(0, 7);
        var anomalies = api().get("/api/v1/analytics/anomalies?dimension=region&period=" + period, supervisor);
        assertThat(anomalies.status()).as(anomalies.raw().body()).isEqualTo(200);
        var flagged = new java.util.ArrayList<String>();
        anomalies.body().get("values").forEach(v -> {
            if (v.get("anomalous").asBoolean()) {
                flagged.add(v.get("value").asString());
            }
        });
        assertThat(flagged).as("the planted district, and only it").containsExactly("成都市武侯区");

        var open = api().get("/api/v1/complaints?queue=&status=IN_PROGRESS", supervisor);
        assertThat(open.body().get("totalItems").asLong()).isGreaterThan(0);
    }
}
