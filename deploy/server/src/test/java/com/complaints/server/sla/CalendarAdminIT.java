package com.complaints.server.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

class CalendarAdminIT extends ServerIntegrationTest {

    private static final String FEED = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Example//China Holidays 2026//CN
            BEGIN:VEVENT
            UID:national-day
            DTSTAMP:20260101T000000Z
            DTSTART;VALUE=DATE:20261001
            DTEND;VALUE=DATE:20261008
            SUMMARY:国庆节
            END:VEVENT
            BEGIN:VEVENT
            UID:makeup-0927
            DTSTAMP:20260101T000000Z
            DTSTART;VALUE=DATE:20260927
            SUMMARY:国庆节 补班
            END:VEVENT
            END:VCALENDAR
            """.replace("\n", "\r\n");

    private String tenant;
    private String admin;
    private String calendarId;

    @BeforeEach
    void tenant() {
        tenant = newTenant("cal");
        admin = api.token(tenant, "root", "TENANT_ADMIN", null);
        Response list = api.get("/api/v1/admin/calendars", admin);
        assertThat(list.body()).hasSize(1);
        calendarId = list.body().get(0).get("id").asString();
        assertThat(list.body().get(0).get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(list.body().get(0).get("weeklyHours").get("MONDAY")).hasSize(2);
    }

    @Test
    void previewsAnImportWithoutSavingIt() {
        long version = api.get("/api/v1/admin/calendars/" + calendarId, admin).body().get("version").asLong();
        Response preview = api.send(api.builder("/api/v1/admin/calendars/" + calendarId + "/special-days?preview=true",
                        admin, Map.of())
                .header("Content-Type", "text/calendar")
                .POST(HttpRequest.BodyPublishers.ofString(FEED, StandardCharsets.UTF_8)).build());
        assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
        assertThat(preview.body().get("specialDays")).hasSize(8);
        assertThat(preview.body().get("version").asLong()).isEqualTo(version);

        Response after = api.get("/api/v1/admin/calendars/" + calendarId, admin);
        assertThat(after.body().get("specialDays")).isEmpty();
        assertThat(after.body().get("version").asLong()).isEqualTo(version);

        Response invalid = api.post("/api/v1/admin/calendars/" + calendarId + "/special-days?preview=true", admin,
                List.of(Map.of("date", "2026-12-31", "name", "no type")));
        assertThat(invalid.status()).isEqualTo(400);
    }

    @Test
    void importsAndExportsICalendarAndJson() {
        Response imported = api.send(api.builder("/api/v1/admin/calendars/" + calendarId + "/special-days", admin, Map.of())
                .header("Content-Type", "text/calendar")
                .POST(HttpRequest.BodyPublishers.ofString(FEED, StandardCharsets.UTF_8)).build());
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        assertThat(imported.body().get("specialDays")).hasSize(8);
        assertThat(imported.body().get("specialDays").get(0).get("type").asString()).isEqualTo("MAKE_UP_DAY");

        Response json = api.post("/api/v1/admin/calendars/" + calendarId + "/special-days", admin,
                List.of(Map.of("date", "2026-12-31", "type", "HOLIDAY", "name", "跨年",
                        "hours", List.of(Map.of("start", "13:30", "end", "18:00")))));
        assertThat(json.body().get("specialDays")).hasSize(9);

        var ics = api.send(api.builder("/api/v1/admin/calendars/" + calendarId + "/special-days", admin,
                Map.of("Accept", "text/calendar")).GET().build());
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.raw().body()).contains("BEGIN:VCALENDAR", "CATEGORIES:MAKE-UP-WORKDAY", "DTSTART;VALUE=DATE:20261001",
                "X-COMPLAINTS-HOURS:13:30-18:00");

        Response replaced = api.post("/api/v1/admin/calendars/" + calendarId + "/special-days?mode=replace", admin,
                List.of(Map.of("date", "2027-01-01", "type", "HOLIDAY", "name", "元旦")));
        assertThat(replaced.body().get("specialDays")).hasSize(1);
    }

    @Test
    void validatesAndGuardsChanges() {
        Response current = api.get("/api/v1/admin/calendars/" + calendarId, admin);
        Response bad = api.put("/api/v1/admin/calendars/" + calendarId, admin, Map.of("name", "x", "timeZone", "Mars/Base",
                "weeklyHours", Map.of("MONDAY", List.of(Map.of("start", "18:00", "end", "09:00")))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw().body()).contains("timeZone", "weeklyHours.MONDAY[0]");
        Response garbage = api.send(api.builder("/api/v1/admin/calendars/" + calendarId + "/special-days", admin, Map.of())
                .header("Content-Type", "text/calendar").POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/admin/calendars/" + calendarId, admin).header("ETag")).isEqualTo(current.header("ETag"));
        assertThat(api.delete("/api/v1/admin/calendars/" + calendarId, admin).status()).isEqualTo(409);

        String product = departmentId(tenant, "product");
        Response override = api.post("/api/v1/admin/calendars", admin, Map.of("departmentId", product, "name", "产品部 7x24",
                "timeZone", "Asia/Shanghai", "weeklyHours", Map.of("SATURDAY", List.of(Map.of("start", "00:00", "end", "24:00")))));
        assertThat(override.status()).as(override.raw().body()).isEqualTo(201);
        assertThat(api.post("/api/v1/admin/calendars", admin, Map.of("departmentId", product, "name", "again",
                "timeZone", "UTC", "weeklyHours", Map.of())).status()).isEqualTo(409);
        String otherAdmin = api.token(newTenant("cal-other"), "root", "TENANT_ADMIN", null);
        assertThat(api.get("/api/v1/admin/calendars/" + calendarId, otherAdmin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/admin/calendars/" + override.text("id"), otherAdmin).status()).isEqualTo(404);
    }
}
