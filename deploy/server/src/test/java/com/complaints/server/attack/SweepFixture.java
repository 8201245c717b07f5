package com.complaints.server.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.complaints.server.support.Api;
import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerUnderTest;

/**
 * Tenant A with one of everything a path can name (a case with its transfer, solution and attachment, a measure, a
 * kept report, a channel of its own), the staff of both tenants, and markers that must never show outside A.
 */
record SweepFixture(String tenantA, String tenantB, Map<String, String> idsOfA, String caseNumber, String accessCode,
                    String marker, Staff a, Staff b) {

    /** The staff of one tenant. */
    record Staff(String agent, String productAgent, String legalAgent, String supervisor, String admin) {
    }

    static SweepFixture create(ServerUnderTest server) {
        Api api = server.api();
        String tenantA = server.newTenant("atk-a");
        String tenantB = server.newTenant("atk-b");
        Staff a = staff(api, tenantA);
        Staff b = staff(api, tenantB);
        String marker = "MARK" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = new HashMap<>(Map.of(
                "channel", "phone",
                "consumer", Map.of("name", "甲" + marker, "phone", "+86 138 0013 8000", "address", "上海市浦东新区世纪大道100号",
                        "regionCode", "310115", "regionName", "浦东新区"),
                "subject", Map.of("type", "PRODUCT", "name", "水壶" + marker, "reference", "SKU-" + marker),
                "description", "电热水壶漏电 " + marker,
                "expectedResolution", "退货退款"));
        Response created = api.post("/api/v1/complaints", a.agent(), body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.text("id");
        Map<String, String> ids = new HashMap<>();
        ids.put("complaint", id);
        String product = server.departmentId(tenantA, "product");
        ids.put("department", product);
        assertThat(api.post("/api/v1/complaints/" + id + "/triage", a.agent(), Map.of("category", "PRODUCT_QUALITY",
                "complexity", "COMPLEX", "urgency", "NORMAL")).status()).isEqualTo(200);
        Response transferred = api.post("/api/v1/complaints/" + id + "/transfers", a.agent(),
                Map.of("toDepartmentId", product, "note", "请检测 " + marker));
        assertThat(transferred.status()).as(transferred.raw().body()).isEqualTo(200);
        String transfer = transferred.body().get("handovers").get(0).get("id").asString();
        ids.put("transfer", transfer);
        assertThat(api.post("/api/v1/complaints/" + id + "/transfers/" + transfer + "/acknowledge", a.productAgent(), null)
                .status()).isEqualTo(200);
        Response solution = api.post("/api/v1/complaints/" + id + "/solutions", a.productAgent(), Map.of("text", "更换新品 " + marker));
        assertThat(solution.status()).as(solution.raw().body()).isEqualTo(200);
        var solutions = solution.body().get("solutions");
        ids.put("solution", solutions.get(solutions.size() - 1).get("id").asString());
        Response attachment = api.upload("/api/v1/complaints/" + id + "/attachments", a.productAgent(), "photo-" + marker + ".txt",
                "text/plain", ("photo " + marker).getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(attachment.status()).as(attachment.raw().body()).isEqualTo(201);
        ids.put("attachment", attachment.text("id"));
        Response measure = api.post("/api/v1/improvement-measures", a.supervisor(), Map.of("title", "改进 " + marker,
                "findingType", "CASES", "finding", "漏电 " + marker, "action", "召回", "ownerUserId", "prod-paul",
                "dueDate", LocalDate.now().plusDays(30).toString(), "caseIds", List.of(id)));
        assertThat(measure.status()).as(measure.raw().body()).isEqualTo(201);
        ids.put("measure", measure.text("id"));
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        Response report = api.post("/api/v1/admin/reports/generate/" + month, a.admin(), null);
        assertThat(report.status()).as(report.raw().body()).isBetween(200, 201);
        ids.put("report", report.text("id"));
        var calendars = api.get("/api/v1/admin/calendars", a.admin());
        ids.put("calendar", calendars.body().get(0).get("id").asString());
        String channel = "hotline-" + marker.toLowerCase();
        Response hotline = api.post("/api/v1/admin/channels", a.admin(), Map.of("id", channel, "type", "phone",
                "settings", Map.of("signingSecret", "sweep-signing-secret-0123456789")));
        assertThat(hotline.status()).as(hotline.raw().body()).isBetween(200, 201);
        ids.put("channel", channel);
        return new SweepFixture(tenantA, tenantB, Map.copyOf(ids), created.text("caseNumber"), created.text("accessCode"),
                marker, a, b);
    }

    private static Staff staff(Api api, String tenant) {
        return new Staff(api.token(tenant, "cs-alice", "AGENT", "customer-service"),
                api.token(tenant, "prod-paul", "AGENT", "product"),
                api.token(tenant, "legal-lin", "AGENT", "legal"),
                api.token(tenant, "sup-sam", "SUPERVISOR", null),
                api.token(tenant, "admin-ada", "TENANT_ADMIN", null));
    }

    /** What each path parameter is, with tenant A's values: the ids a foreign caller might have learnt. */
    Map<String, String> pathValuesOfA(String path) {
        Map<String, String> v = new HashMap<>(neutralValues());
        v.put("tenant", tenantA);
        v.put("slug", tenantA);
        v.put("caseNumber", caseNumber);
        v.put("channelId", idsOfA.get("channel"));
        v.put("attachmentId", idsOfA.get("attachment"));
        v.put("solutionId", idsOfA.get("solution"));
        v.put("transferId", idsOfA.get("transfer"));
        v.put("id", idOfA(path));
        return v;
    }

    /** The same paths with ids nobody has: what "not found" looks like. */
    Map<String, String> unknownValues(String path) {
        Map<String, String> v = new HashMap<>(neutralValues());
        String unknownTenant = "nobody-" + marker.toLowerCase();
        v.put("tenant", unknownTenant);
        v.put("slug", unknownTenant);
        v.put("caseNumber", "NOBODY-20260101-000001");
        v.put("channelId", "nochannel-" + marker.toLowerCase());
        v.put("attachmentId", UUID.randomUUID().toString());
        v.put("solutionId", UUID.randomUUID().toString());
        v.put("transferId", UUID.randomUUID().toString());
        v.put("id", path.startsWith("/api/v1/admin/channels/") ? "nochannel-" + marker.toLowerCase() : UUID.randomUUID().toString());
        return v;
    }

    /** Parameters that name no object of a tenant (names, versions, periods): the same for every caller. */
    private Map<String, String> neutralValues() {
        Map<String, String> v = new HashMap<>();
        v.put("userId", "cs-alice");
        v.put("version", "1");
        v.put("key", "follow-up-call");
        v.put("locale", "zh-CN");
        v.put("event", "CASE_RECEIVED");
        v.put("period", YearMonth.now(ZoneId.of("Asia/Shanghai")).toString());
        v.put("deliveryId", UUID.randomUUID().toString());
        v.put("token", "no-such-survey-token");
        return v;
    }

    private String idOfA(String path) {
        if (path.startsWith("/api/v1/complaints/")) {
            return idsOfA.get("complaint");
        }
        if (path.startsWith("/api/v1/admin/departments/")) {
            return idsOfA.get("department");
        }
        if (path.startsWith("/api/v1/admin/calendars/")) {
            return idsOfA.get("calendar");
        }
        if (path.startsWith("/api/v1/admin/channels/")) {
            return idsOfA.get("channel");
        }
        if (path.startsWith("/api/v1/improvement-measures/")) {
            return idsOfA.get("measure");
        }
        if (path.startsWith("/api/v1/reports/evaluation/archive/")) {
            return idsOfA.get("report");
        }
        // calls, notifiers, case-library entries: A has none, so an unknown id stands for them
        return UUID.nameUUIDFromBytes((tenantA + path).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Whether a path names an object of A (not merely a name every tenant has). */
    static boolean namesAnObject(String path) {
        return path.contains("{id}") || path.contains("{attachmentId}") || path.contains("{solutionId}")
                || path.contains("{transferId}") || path.contains("{slug}") || path.contains("{caseNumber}")
                || path.contains("{channelId}") || path.contains("{deliveryId}") || path.contains("{token}");
    }

    /** A's markers: none of them may appear in anything another tenant reads. */
    List<String> secretsOfA() {
        return List.of(marker, idsOfA.get("complaint"), caseNumber, tenantA, idsOfA.get("measure"), idsOfA.get("report"));
    }
}
