package com.complaints.server.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import com.complaints.core.calendar.BusinessCalendar;
import com.complaints.core.calendar.SpecialDay;
import com.complaints.core.calendar.SpecialDay.DayType;
import com.complaints.server.support.Api.Response;
import com.complaints.server.support.LiveEvents;
import com.complaints.server.support.ServerIntegrationTest;

/** Calendar arithmetic, SLA clocks, pauses and escalations through the REST API, on PostgreSQL and Redis. */
class SlaClocksIT extends ServerIntegrationTest {

    private final DataSource dataSource;
    private String tenant;
    private String admin;
    private String agent;
    private String supervisor;

    @Autowired
    SlaClocksIT(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @BeforeEach
    void tenant() {
        tenant = newTenant("sla");
        admin = api.token(tenant, "root", "TENANT_ADMIN", null);
        agent = api.token(tenant, "alice", "AGENT", "customer-service,product");
        supervisor = api.token(tenant, "sam", "SUPERVISOR", null);
    }

    @Test
    void theDefaultPolicyIsVersionedAndValidated() {
        Response current = api.get("/api/v1/admin/sla-policies/current", admin);
        assertThat(current.body().get("version").asInt()).isEqualTo(1);
        assertThat(current.body().get("targets").get("generalResolutionDays").asInt()).isEqualTo(5);
        assertThat(current.body().get("targets").get("urgentFirstContact").asString()).isEqualTo("PT2H");
        Response bad = api.post("/api/v1/admin/sla-policies", admin, targets(Map.of("generalResolutionDays", 0, "warningShare", 1.5)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw().body()).contains("generalResolutionDays", "warningShare");
        Response v2 = api.post("/api/v1/admin/sla-policies", admin, targets(Map.of("generalResolutionDays", 7)), ifMatch("\"1\""));
        assertThat(v2.status()).isEqualTo(201);
        assertThat(v2.body().get("version").asInt()).isEqualTo(2);
        assertThat(api.post("/api/v1/admin/sla-policies", admin, targets(Map.of()), ifMatch("\"1\"")).status()).isEqualTo(412);
        assertThat(api.get("/api/v1/admin/sla-policies", admin).body()).hasSize(2);
        assertThat(api.get("/api/v1/admin/sla-policies", agent).status()).isEqualTo(403);
    }

    @Test
    void dueTimesFollowTheTenantCalendarIncludingMakeUpDays() {
        // tomorrow and the day after (whatever weekday) become make-up working days, the third a holiday
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        var today = Instant.now().atZone(zone).toLocalDate();
        String calendarId = api.get("/api/v1/admin/calendars", admin).body().get(0).get("id").asString();
        api.post("/api/v1/admin/calendars/" + calendarId + "/special-days", admin, List.of(
                Map.of("date", today.plusDays(1).toString(), "type", "MAKE_UP_DAY", "name", "调休"),
                Map.of("date", today.plusDays(2).toString(), "type", "MAKE_UP_DAY", "name", "调休"),
                Map.of("date", today.plusDays(3).toString(), "type", "HOLIDAY", "name", "假日")));
        BusinessCalendar expected = new BusinessCalendar(zone, BusinessCalendar.standardWeek(), List.of(
                new SpecialDay(today.plusDays(1), DayType.MAKE_UP_DAY, "调休", List.of()),
                new SpecialDay(today.plusDays(2), DayType.MAKE_UP_DAY, "调休", List.of()),
                new SpecialDay(today.plusDays(3), DayType.HOLIDAY, "假日", List.of())));

        Response created = api.post("/api/v1/complaints", agent, complaintBody("电视"));
        String id = created.text("id");
        Instant received = Instant.parse(created.text("receivedAt"));
        Response triaged = api.post("/api/v1/complaints/" + id + "/triage", agent,
                Map.of("category", "PRODUCT_QUALITY", "complexity", "GENERAL", "urgency", "NORMAL"));
        JsonNode resolution = clock(triaged, "RESOLUTION");
        assertThat(resolution.get("state").asString()).isEqualTo("RUNNING");
        assertThat(resolution.get("policyVersion").asInt()).isEqualTo(1);
        assertThat(Instant.parse(resolution.get("dueAt").asString())).isEqualTo(expected.plusBusinessDays(received, 5));
        assertThat(Instant.parse(resolution.get("startedAt").asString())).isEqualTo(received);

        // a later policy change does not move this case's deadline
        api.post("/api/v1/admin/sla-policies", admin, targets(Map.of("generalResolutionDays", 10)));
        Response progress = api.post("/api/v1/complaints/" + id + "/progress", agent, Map.of("message", "已受理"));
        assertThat(clock(progress, "RESOLUTION").get("dueAt").asString()).isEqualTo(resolution.get("dueAt").asString());
        assertThat(api.get("/api/v1/complaints?dueBefore=" + expected.plusBusinessDays(received, 5).plusSeconds(1), supervisor)
                .raw().body()).contains(id);
        assertThat(api.get("/api/v1/complaints?dueBefore=" + received, supervisor).raw().body()).doesNotContain(id);
    }

    @Test
    void pausingWaitsOnTheConsumerAndResumingMovesTheDeadline() throws Exception {
        useRoundTheClockCalendar();
        String id = api.post("/api/v1/complaints", agent, complaintBody("洗衣机")).text("id");
        Response triaged = api.post("/api/v1/complaints/" + id + "/triage", agent,
                Map.of("category", "PRODUCT_QUALITY", "complexity", "COMPLEX", "urgency", "NORMAL"));
        assertThat(clock(triaged, "PROGRESS_FEEDBACK").get("state").asString()).isEqualTo("RUNNING");
        Instant dueBefore = Instant.parse(clock(triaged, "RESOLUTION").get("dueAt").asString());

        Response paused = api.post("/api/v1/complaints/" + id + "/pause", agent,
                Map.of("kind", "WAITING_ON_INSPECTION", "reason", "送第三方检测"));
        assertThat(paused.status()).as(paused.raw().body()).isEqualTo(200);
        assertThat(paused.text("waitingKind")).isEqualTo("WAITING_ON_INSPECTION");
        assertThat(clock(paused, "RESOLUTION").get("state").asString()).isEqualTo("PAUSED");
        assertThat(api.post("/api/v1/complaints/" + id + "/pause", agent,
                Map.of("kind", "WAITING_ON_CONSUMER", "reason", "x")).status()).isEqualTo(409);
        Thread.sleep(2100);
        Response resumed = api.post("/api/v1/complaints/" + id + "/resume", agent, null);
        JsonNode resolution = clock(resumed, "RESOLUTION");
        assertThat(resolution.get("state").asString()).isEqualTo("RUNNING");
        long pausedSeconds = resolution.get("pausedBusinessSeconds").asLong();
        assertThat(pausedSeconds).isBetween(2L, 10L);
        Duration shift = Duration.between(dueBefore, Instant.parse(resolution.get("dueAt").asString()));
        assertThat(shift.toSeconds()).isBetween(pausedSeconds - 1, pausedSeconds + 1);
        var types = types(api.get("/api/v1/complaints/" + id + "/timeline", agent).body());
        assertThat(types).contains("PAUSED", "RESUMED");
    }

    @Test
    void anUrgentCaseBreachesAndEscalatesThroughTheTimers() throws Exception {
        useRoundTheClockCalendar();
        api.post("/api/v1/admin/sla-policies", admin, targets(Map.of("urgentFirstContact", "PT2S",
                "secondLevelAfter", "PT2S", "handoverAcknowledgement", "PT3S")));
        var live = new LiveEvents(api.port(), supervisor, null, api.json());
        assertThat(live.status()).isEqualTo(200);
        String id = api.post("/api/v1/complaints", agent, complaintBody("燃气灶")).text("id");
        api.post("/api/v1/complaints/" + id + "/triage", agent,
                Map.of("category", "PRODUCT_QUALITY", "complexity", "COMPLEX", "urgency", "URGENT", "urgencyReason", "起火"));
        String product = departmentId(tenant, "product");
        api.post("/api/v1/complaints/" + id + "/transfers", agent, Map.of("toDepartmentId", product));

        JsonNode firstContact = awaitClock(id, "FIRST_CONTACT", "BREACHED", "escalatedAt");
        assertThat(firstContact.get("warnedAt").isNull()).isFalse();
        assertThat(firstContact.get("breachedAt").asString()).isEqualTo(firstContact.get("dueAt").asString());
        JsonNode handover = awaitClock(id, "HANDOVER_ACKNOWLEDGEMENT", "BREACHED", "breachedAt");
        assertThat(handover.get("metAt").isNull()).isTrue();

        var types = types(api.get("/api/v1/complaints/" + id + "/timeline", supervisor).body());
        assertThat(types).contains("SLA_WARNING", "SLA_BREACHED", "SLA_ESCALATED");
        assertThat(api.get("/api/v1/complaints?breached=true", supervisor).raw().body()).contains(id);
        assertThat(api.get("/api/v1/complaints?breached=false", supervisor).raw().body()).doesNotContain(id);
        // the clocks still running (resolution: 3 days) are not yet past their warning threshold
        assertThat(api.get("/api/v1/complaints?atRisk=true", supervisor).raw().body()).doesNotContain(id);
        assertThat(api.get("/api/v1/complaints?atRisk=false", supervisor).raw().body()).contains(id);
        assertThat(outbox(id)).contains("SLA_WARNING", "SLA_BREACHED:DEPARTMENT_HEAD", "SLA_ESCALATED:TENANT_ADMINS");
        // the supervisor's screens heard of each clock's news as it happened (the at-risk and breached queues move)
        try (live) {
            java.util.Set<String> heard = new java.util.HashSet<>();
            live.next(e -> {
                if (id.equals(e.data().path("complaintId").asString("")) && e.data().path("type").asString("").startsWith("SLA_")) {
                    heard.add(e.data().path("type").asString() + " by " + e.data().path("actor").asString(""));
                }
                return heard.size() == 3;
            }, Duration.ofSeconds(10));
            assertThat(heard).containsExactlyInAnyOrder("SLA_WARNING by system", "SLA_BREACHED by system",
                    "SLA_ESCALATED by system");
        }

        // contact made late: the clock stays breached and records when it was met
        Response late = api.post("/api/v1/complaints/" + id + "/progress", agent, Map.of("message", "已电话联系"));
        JsonNode met = clock(late, "FIRST_CONTACT");
        assertThat(met.get("state").asString()).isEqualTo("BREACHED");
        assertThat(met.get("metAt").isNull()).isFalse();
    }

    @Test
    void thePreviewSaysWhenEachClassIsDueExactlyAsTheClocksDo() {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        // received on a Saturday afternoon: the count starts on Monday; five whole working days end Friday evening
        Instant saturday = java.time.ZonedDateTime.of(2026, 11, 7, 15, 0, 0, 0, shanghai).toInstant();
        Response preview = api.post("/api/v1/admin/sla-policies/preview", admin, Map.of("receivedAt", saturday.toString()));
        assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
        assertThat(preview.body().get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(preview.body().get("deadlines")).hasSize(7);
        assertThat(due(preview, "GENERAL", "RESOLUTION").atZone(shanghai))
                .isEqualTo(java.time.ZonedDateTime.of(2026, 11, 13, 18, 0, 0, 0, shanghai));
        assertThat(deadline(preview, "GENERAL", "RESOLUTION").get("workingDays").asInt()).isEqualTo(5);
        // urgent first contact: two hours of calendar time
        assertThat(due(preview, "URGENT", "FIRST_CONTACT")).isEqualTo(saturday.plus(Duration.ofHours(2)));

        // the targets being edited, not yet saved: three days end Wednesday evening
        Response edited = api.post("/api/v1/admin/sla-policies/preview", admin,
                Map.of("receivedAt", saturday.toString(), "targets", targets(Map.of("generalResolutionDays", 3))));
        assertThat(due(edited, "GENERAL", "RESOLUTION").atZone(shanghai))
                .isEqualTo(java.time.ZonedDateTime.of(2026, 11, 11, 18, 0, 0, 0, shanghai));
        assertThat(api.get("/api/v1/admin/sla-policies/current", admin).body().get("version").asInt()).as("nothing saved")
                .isEqualTo(1);

        // a real complaint's clock is due when the preview says
        String id = api.post("/api/v1/complaints", agent, complaintBody("电视机")).text("id");
        Response triaged = api.post("/api/v1/complaints/" + id + "/triage", agent,
                Map.of("category", "PRODUCT_QUALITY", "complexity", "GENERAL", "urgency", "NORMAL"));
        Instant received = Instant.parse(triaged.text("receivedAt"));
        Response now = api.post("/api/v1/admin/sla-policies/preview", admin, Map.of("receivedAt", received.toString()));
        assertThat(Instant.parse(clock(triaged, "RESOLUTION").get("dueAt").asString())).isEqualTo(due(now, "GENERAL", "RESOLUTION"));

        Response bad = api.post("/api/v1/admin/sla-policies/preview", admin, Map.of("targets", targets(Map.of("warningShare", 1.5))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw().body()).contains("warningShare");
        assertThat(api.post("/api/v1/admin/sla-policies/preview", agent, Map.of()).status()).isEqualTo(403);
    }

    private static JsonNode deadline(Response preview, String caseClass, String metric) {
        for (JsonNode d : preview.body().get("deadlines")) {
            if (caseClass.equals(d.get("caseClass").asString()) && metric.equals(d.get("metric").asString())) {
                return d;
            }
        }
        throw new AssertionError("no " + caseClass + " " + metric + " in " + preview.raw().body());
    }

    private static Instant due(Response preview, String caseClass, String metric) {
        return Instant.parse(deadline(preview, caseClass, metric).get("dueAt").asString());
    }

    private void useRoundTheClockCalendar() {
        JsonNode calendar = api.get("/api/v1/admin/calendars", admin).body().get(0);
        Map<String, Object> week = new HashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            week.put(day, List.of(Map.of("start", "00:00", "end", "24:00")));
        }
        Response r = api.put("/api/v1/admin/calendars/" + calendar.get("id").asString(), admin,
                Map.of("name", "7x24", "timeZone", "Asia/Shanghai", "weeklyHours", week, "specialDays", List.of()));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    }

    private JsonNode awaitClock(String id, String metric, String state, String field) throws InterruptedException {
        JsonNode found = null;
        for (int i = 0; i < 100; i++) {
            found = clock(api.get("/api/v1/complaints/" + id, supervisor), metric);
            if (state.equals(found.get("state").asString()) && !found.get(field).isNull()) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(metric + " never reached " + state + " with " + field + ": " + found);
    }

    private List<String> outbox(String complaintId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                bind.setString(1, tenant);
                bind.execute();
            }
            try (PreparedStatement st = c.prepareStatement(
                    "select event, recipient from notification_outbox where complaint_id = ?::uuid order by created_at")) {
                st.setString(1, complaintId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                        rows.add(rs.getString(1) + ":" + rs.getString(2));
                    }
                }
            }
            c.rollback();
        }
        return rows;
    }

    private static JsonNode clock(Response complaint, String metric) {
        for (JsonNode c : complaint.body().get("clocks")) {
            if (metric.equals(c.get("metric").asString())) {
                return c;
            }
        }
        throw new AssertionError("no " + metric + " clock in " + complaint.raw().body());
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.forEach(e -> types.add(e.get("type").asString()));
        return types;
    }

    private static Map<String, Object> targets(Map<String, Object> overrides) {
        Map<String, Object> t = new HashMap<>();
        t.put("generalResolutionDays", 5);
        t.put("complexFirstFeedbackDays", 2);
        t.put("complexFeedbackIntervalDays", 3);
        t.put("complexResolutionDays", 15);
        t.put("urgentFirstContact", "PT2H");
        t.put("urgentFirstContactCalendarTime", true);
        t.put("urgentResolutionDays", 3);
        t.put("followUpDays", 3);
        t.put("handoverAcknowledgement", "PT4H");
        t.put("warningShare", 0.75);
        t.put("secondLevelAfter", "PT8H");
        t.put("raiseUrgencyOnSecondLevel", false);
        t.putAll(overrides);
        return t;
    }
}
