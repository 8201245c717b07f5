package com.complaints.server.complaint;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Agent and department scorecards: supervisors see all, an agent their own, another tenant nothing. */
class ScorecardsIT extends ServerIntegrationTest {

    @Test
    void cardsCountHandledResolvedSatisfactionAndReopens() {
        String tenant = newTenant("cards");
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = api.post("/api/v1/complaints", sup, complaintBody("电热水壶 K1")).text("id");
            api.post("/api/v1/complaints/" + ids[i] + "/triage", sup, Map.of("category", "PRODUCT_QUALITY",
                    "complexity", "SIMPLE", "urgency", "NORMAL"));
            var assigned = api.post("/api/v1/complaints/" + ids[i] + "/assignment", sup, Map.of("userId", "wang.wu"));
            assertThat(assigned.status()).as(assigned.raw().body()).isEqualTo(200);
        }
        for (int i = 0; i < 2; i++) {
            var resolved = api.post("/api/v1/complaints/" + ids[i] + "/resolve", sup, Map.of("resolution", "已换新"));
            assertThat(resolved.status()).as(resolved.raw().body()).isEqualTo(200);
        }
        // follow-ups: one satisfied (5), one dissatisfied (2) → second round
        api.post("/api/v1/complaints/" + ids[0] + "/follow-ups", sup, Map.of("outcome", "SATISFIED", "satisfaction", 5));
        api.post("/api/v1/complaints/" + ids[1] + "/follow-ups", sup, Map.of("outcome", "DISSATISFIED", "satisfaction", 2));

        var agents = api.get("/api/v1/scorecards/agents", sup);
        assertThat(agents.status()).as(agents.raw().body()).isEqualTo(200);
        var card = agents.body().get("cards").get(0);
        assertThat(card.get("subject").asString()).isEqualTo("wang.wu");
        assertThat(card.get("handled").asLong()).isEqualTo(3);
        assertThat(card.get("averageSatisfaction").asDouble()).isEqualTo(3.5);
        assertThat(card.get("csat").asDouble()).isEqualTo(0.5);
        assertThat(card.get("reopenRate").asDouble()).isEqualTo(0.3333);

        var own = api.get("/api/v1/scorecards/agents", api.token(tenant, "wang.wu", "AGENT", null));
        assertThat(own.body().get("cards").size()).isEqualTo(1);
        assertThat(own.body().get("cards").get(0).get("subject").asString()).isEqualTo("wang.wu");
        var someoneElse = api.get("/api/v1/scorecards/agents", api.token(tenant, "li.si", "AGENT", null));
        assertThat(someoneElse.body().get("cards").get(0).get("handled").asLong()).isZero();
        assertThat(api.get("/api/v1/scorecards/departments", api.token(tenant, "li.si", "AGENT", null)).status()).isEqualTo(403);
        var departments = api.get("/api/v1/scorecards/departments", sup);
        assertThat(departments.status()).isEqualTo(200);

        String other = newTenant("cards-other");
        assertThat(api.get("/api/v1/scorecards/agents", api.token(other, "sup", "SUPERVISOR", null)).body().get("cards").size()).isZero();
    }
}
