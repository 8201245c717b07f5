package com.complaints.server.complaint;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api;
import com.complaints.server.support.Eventually;
import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up loop through the API and the public survey page: the consumer gets the survey link by SMS when the
 * case is resolved; satisfied closes it, dissatisfied reopens it for a second round with its own deadline, and a
 * consumer who stays unreachable has the case closed as not reachable.
 */
class FollowUpLoopIT extends ServerIntegrationTest {

    private static final Pattern SURVEY = Pattern.compile("/public/[a-z0-9-]+/surveys/([A-Za-z0-9_-]+)");
    private com.sun.net.httpserver.HttpServer gateway;
    private final java.util.List<String> sms = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void gateway() throws Exception {
        gateway = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", exchange -> {
            sms.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    private record Case(String tenant, String id, String sup) {
    }

    private Case resolved(String prefix) {
        String tenant = newTenant(prefix);
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        assertThat(api.post("/api/v1/admin/notifiers", admin, Map.of("id", "sms", "type", "sms",
                "events", java.util.List.of("FOLLOW_UP_SURVEY"),
                "settings", Map.of("url", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/send"))).status()).isEqualTo(201);
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        var created = api.post("/api/v1/complaints", sup, complaintBody("电热水壶 K1"));
        String id = created.text("id");
        assertThat(api.post("/api/v1/complaints/" + id + "/triage", sup,
                Map.of("category", "PRODUCT_QUALITY", "complexity", "SIMPLE", "urgency", "NORMAL")).status()).isEqualTo(200);
        var resolved = api.post("/api/v1/complaints/" + id + "/resolve", sup, Map.of("resolution", "已为您更换新的水壶。"));
        assertThat(resolved.status()).as(resolved.raw().body()).isEqualTo(200);
        return new Case(tenant, id, sup);
    }

    private String surveyPath() {
        String message = Eventually.until(Duration.ofSeconds(20), () -> sms.stream().filter(m -> SURVEY.matcher(m).find()).findFirst(),
                java.util.Optional::isPresent, "the survey SMS").orElseThrow();
        Matcher m = SURVEY.matcher(message);
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private Api.Response form(String path, String body) {
        return api.send(api.builder(path, null, Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void aSatisfiedAnswerClosesTheCaseAndTheLinkWorksOnce() {
        Case c = resolved("survey-ok");
        String path = surveyPath();
        var page = api.get(path + "?lang=en", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("<html lang=\"en\"", "name=\"satisfaction\"", "Was your problem solved?");
        assertThat(api.get(path, null).raw().body()).contains("满意度");

        var answered = form(path, "satisfaction=5&solved=yes&comment=" + java.net.URLEncoder.encode("很满意", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answered.status()).as(answered.raw().body()).isEqualTo(200);
        var view = api.get("/api/v1/complaints/" + c.id(), c.sup());
        assertThat(view.text("status")).isEqualTo("CLOSED");
        assertThat(view.body().get("followUps").get(0).get("satisfaction").asInt()).isEqualTo(5);
        assertThat(view.body().get("followUps").get(0).get("comment").asString()).isEqualTo("很满意");
        assertThat(form(path, "satisfaction=1&solved=no").status()).isEqualTo(410);
        assertThat(api.get("/public/" + c.tenant() + "/surveys/not-a-token", null).status()).isEqualTo(404);
        // the link is the consumer's only: another tenant's path does not know it
        assertThat(api.get(path.replace("/public/" + c.tenant() + "/", "/public/" + newTenant("other") + "/"), null).status())
                .isEqualTo(404);
    }

    @Test
    void aDissatisfiedAnswerReopensTheCaseForASecondRoundWithItsOwnDeadline() {
        Case c = resolved("survey-bad");
        String path = surveyPath();
        var answered = api.post(path, null, Map.of("satisfaction", 4, "solved", false, "comment", "水壶还是漏电"),
                Map.of("Accept", "application/json"));
        assertThat(answered.status()).as(answered.raw().body()).isEqualTo(200);
        var view = api.get("/api/v1/complaints/" + c.id(), c.sup());
        assertThat(view.text("status")).isEqualTo("REOPENED");
        assertThat(view.body().get("round").asInt()).isEqualTo(2);
        assertThat(view.body().get("followUps").get(0).get("outcome").asString()).isEqualTo("DISSATISFIED");
        boolean secondRoundDeadline = false;
        for (var clock : view.body().get("clocks")) {
            if (clock.get("round").asInt() == 2 && clock.get("metric").asString().equals("RESOLUTION")
                    && clock.get("state").asString().equals("RUNNING")) {
                secondRoundDeadline = true;
            }
        }
        assertThat(secondRoundDeadline).as(view.body().get("clocks").toString()).isTrue();
        var list = api.get("/api/v1/complaints?status=REOPENED", c.sup());
        assertThat(list.body().get("items").get(0).get("round").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/complaints/" + c.id() + "/timeline", c.sup()).raw().body()).contains("水壶还是漏电");
    }

    @Test
    void customerServiceSeesEveryCaseWaitingForItsFollowUpAndRecordsIt() {
        Case c = resolved("survey-cs");
        String legal = departmentId(c.tenant(), "legal");
        // the case belongs to no department of the customer-service agent, yet follow-up is their task
        String cs = api.token(c.tenant(), "cs.agent", "AGENT", "customer-service");
        String outsider = api.token(c.tenant(), "legal.agent", "AGENT", "legal");
        assertThat(legal).isNotNull();
        var queue = api.get("/api/v1/complaints?status=RESOLVED", cs);
        assertThat(queue.body().get("totalItems").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/complaints/" + c.id(), outsider).status()).isEqualTo(404);
        var followUp = api.post("/api/v1/complaints/" + c.id() + "/follow-ups", cs, Map.of("outcome", "UNREACHABLE"));
        assertThat(followUp.text("status")).isEqualTo("FOLLOW_UP_PENDING");
        var view = api.get("/api/v1/complaints/" + c.id(), cs);
        boolean followUpClock = false;
        for (var clock : view.body().get("clocks")) {
            followUpClock |= clock.get("metric").asString().equals("FOLLOW_UP");
        }
        assertThat(followUpClock).isTrue();
    }

    @Test
    void aConsumerWhoStaysUnreachableHasTheCaseClosedAsNotReachable() {
        Case c = resolved("survey-gone");
        String admin = api.token(c.tenant(), "admin", "TENANT_ADMIN", null);
        var settings = api.put("/api/v1/admin/follow-up-settings", admin,
                Map.of("dissatisfiedAtMost", 3, "surveyValidityDays", 7, "maxUnreachable", 2));
        assertThat(settings.status()).as(settings.raw().body()).isEqualTo(200);
        var first = api.post("/api/v1/complaints/" + c.id() + "/follow-ups", c.sup(), Map.of("outcome", "UNREACHABLE"));
        assertThat(first.text("status")).isEqualTo("FOLLOW_UP_PENDING");
        var second = api.post("/api/v1/complaints/" + c.id() + "/follow-ups", c.sup(), Map.of("outcome", "UNREACHABLE"));
        assertThat(second.text("status")).isEqualTo("CLOSED");
        assertThat(second.text("closingReason")).isEqualTo("UNREACHABLE");
        // the survey of the round is closed with the case
        assertThat(api.get(surveyPath(), null).status()).isEqualTo(410);
    }
}
