package com.complaints.server.complaint;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.Eventually;
import com.complaints.server.support.HttpStub;
import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Improvement measures from a finding to verification; an overdue measure tells its owner through the notifiers. */
class ImprovementMeasuresIT extends ServerIntegrationTest {

    @Test
    void aMeasureRunsFromFindingToVerificationAndAnOverdueOneNotifiesItsOwner() throws Exception {
        String tenant = newTenant("measures");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        HttpStub hook = new HttpStub();
        try {
            assertThat(api.post("/api/v1/admin/notifiers", admin, Map.of("id", "ops", "type", "webhook",
                    "events", List.of("MEASURE_OVERDUE"), "settings", Map.of("url", hook.url("/"),
                            "secret", "0123456789abcdef-measures"))).status()).isEqualTo(201);
            String caseId = api.post("/api/v1/complaints", sup, complaintBody("电热水壶 K1")).text("id");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            Map<String, Object> late = Map.of("title", "水壶底座绝缘加固", "findingType", "CASES",
                    "finding", "同批次水壶底座漏电投诉", "causeAnalysis", "底座密封圈老化", "action", "更换供应商密封圈并全检库存",
                    "ownerUserId", "qa.lead", "dueDate", today.minusDays(1).toString(), "caseIds", List.of(caseId));
            var created = api.post("/api/v1/improvement-measures", sup, late);
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            String id = created.text("id");
            assertThat(created.body().get("overdue").asBoolean()).isTrue();
            assertThat(created.body().get("caseIds").get(0).asString()).isEqualTo(caseId);

            String notice = Eventually.until(Duration.ofSeconds(20), () -> hook.received().stream().map(HttpStub.Received::body).filter(b -> b.contains("MEASURE_OVERDUE")).findFirst(),
                    java.util.Optional::isPresent, "the overdue notice").orElseThrow();
            assertThat(notice).contains("水壶底座绝缘加固", "qa.lead");
            assertThat(api.get("/api/v1/improvement-measures?overdue=true", sup).body().get("totalItems").asInt()).isEqualTo(1);

            String owner = api.token(tenant, "qa.lead", "AGENT", null);
            String stranger = api.token(tenant, "someone", "AGENT", null);
            assertThat(api.post("/api/v1/improvement-measures/" + id + "/status", stranger, Map.of("status", "IN_PROGRESS")).status())
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/improvement-measures/" + id + "/status", owner, Map.of("status", "IN_PROGRESS")).status())
                    .isEqualTo(200);
            assertThat(api.post("/api/v1/improvement-measures/" + id + "/status", owner, Map.of("status", "VERIFIED")).status())
                    .isEqualTo(403);
            // each reader is offered exactly the moves the API lets them make
            var nextFor = (java.util.function.Function<String, List<String>>) token -> {
                List<String> next = new java.util.ArrayList<>();
                api.get("/api/v1/improvement-measures/" + id, token).body().get("nextStatuses").forEach(n -> next.add(n.asString()));
                return next;
            };
            assertThat(nextFor.apply(stranger)).isEmpty();
            assertThat(nextFor.apply(owner)).containsExactly("DONE");
            assertThat(api.post("/api/v1/improvement-measures/" + id + "/status", owner, Map.of("status", "DONE")).status())
                    .isEqualTo(200);
            assertThat(nextFor.apply(owner)).containsExactly("IN_PROGRESS");
            assertThat(nextFor.apply(sup)).containsExactly("IN_PROGRESS", "VERIFIED");
            assertThat(api.post("/api/v1/improvement-measures/" + id + "/status", sup, Map.of("status", "OPEN")).status())
                    .isEqualTo(409);
            var verified = api.post("/api/v1/improvement-measures/" + id + "/status", sup, Map.of("status", "VERIFIED"));
            assertThat(verified.text("status")).isEqualTo("VERIFIED");
            assertThat(verified.body().get("overdue").asBoolean()).isFalse();

            var summary = api.get("/api/v1/improvement-measures/summary?from=" + today.withDayOfMonth(1) + "&to=" + today, sup);
            assertThat(summary.body().get("opened").asInt()).isEqualTo(1);
            assertThat(summary.body().get("done").asInt()).isEqualTo(1);
            assertThat(summary.body().get("overdue").asInt()).isEqualTo(1);

            String other = newTenant("measures-other");
            assertThat(api.get("/api/v1/improvement-measures/" + id, api.token(other, "sup", "SUPERVISOR", null)).status()).isEqualTo(404);
            var invalid = api.post("/api/v1/improvement-measures", sup, Map.of("title", "", "findingType", "CASES", "finding", "f",
                    "action", "a", "dueDate", today.toString(), "ownerUserId", "x"));
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.raw().body()).contains("\"title\"", "\"caseIds\"");
        } finally {
            hook.close();
        }
    }
}
