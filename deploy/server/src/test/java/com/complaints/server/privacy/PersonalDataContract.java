package com.complaints.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ApiIntegrationTest;
import com.complaints.server.support.ServerUnderTest;

/**
 * A consumer's personal data through its life, on every database the product supports (PostgreSQL in
 * {@code PersonalDataIT}, the embedded H2 default in {@code EmbeddedPersonalDataIT}): sealed as stored, masked by
 * default and revealed with a log entry, erased on time by the retention policy in business days unless held, and
 * exported and erased on the consumer's request.
 */
interface PersonalDataContract extends ServerUnderTest {

    /** A tenant's staff. */
    record Staff(String tenant, String agent, String productAgent, String legalAgent, String admin) {
    }

    default Staff staff(String prefix) {
        String tenant = newTenant(prefix);
        return new Staff(tenant, api().token(tenant, "cs-alice", "AGENT", "customer-service"),
                api().token(tenant, "prod-paul", "AGENT", "product"), api().token(tenant, "legal-lin", "AGENT", "legal"),
                api().token(tenant, "admin-ada", "TENANT_ADMIN", null));
    }

    default Response complaint(Staff s, String name, String phone, String email, String text) {
        Map<String, Object> consumer = new HashMap<>();
        consumer.put("name", name);
        consumer.put("phone", phone);
        if (email != null) {
            consumer.put("email", email);
        }
        consumer.put("address", "上海市浦东新区世纪大道100号");
        consumer.put("regionCode", "310115");
        consumer.put("regionName", "浦东新区");
        Map<String, Object> body = new HashMap<>(ApiIntegrationTest.complaintBody("电热水壶 K1"));
        body.put("consumer", consumer);
        body.put("description", text);
        Response created = api().post("/api/v1/complaints", s.agent(), body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created;
    }

    @Test
    default void contactFieldsAreSealedAsStoredAndDuplicatesAreStillFound() {
        Staff s = staff("seal");
        Response first = complaint(s, "欧阳娜娜", "+86 139 1234 5678", "nana.ouyang@example.cn", "电热水壶底座漏电，插上电源就跳闸");
        Map<String, Object> row = sql(s.tenant(), "select consumer_name, consumer_phone, consumer_email, consumer_address, "
                + "phone_key, email_key from complaints where id = ?", java.util.UUID.fromString(first.text("id"))).getFirst();
        for (String column : List.of("consumer_name", "consumer_phone", "consumer_email", "consumer_address")) {
            assertThat((String) row.get(column)).as(column).startsWith("pd1:")
                    .doesNotContain("欧阳").doesNotContain("5678").doesNotContain("nana").doesNotContain("世纪大道");
        }
        assertThat((String) row.get("phone_key")).doesNotContain("13912345678").hasSizeLessThanOrEqualTo(32);
        assertThat((String) row.get("email_key")).doesNotContain("nana");

        // the same phone written differently on a second case: still found as a likely duplicate
        Response second = complaint(s, "欧阳娜娜", "139-1234-5678", null, "电热水壶底座漏电，插电就跳闸，要求退货");
        assertThat(second.body().get("possibleDuplicates").findValuesAsString("id")).contains(first.text("id"));
        assertThat(second.body().get("possibleDuplicates").get(0).get("reasons").toString()).contains("SAME_PHONE");
    }

    @Test
    default void contactIsMaskedByDefaultAndEveryRevealIsLogged() {
        Staff s = staff("mask");
        Response created = complaint(s, "张三丰", "13800138000", "zhang.sanfeng@example.cn", "投诉售后服务态度差");
        String id = created.text("id");
        JsonNode consumer = api().get("/api/v1/complaints/" + id, s.agent()).body().get("consumer");
        assertThat(consumer.get("name").asString()).isEqualTo("张**");
        assertThat(consumer.get("phone").asString()).isEqualTo("****8000");
        assertThat(consumer.get("email").asString()).isEqualTo("z***@example.cn");
        assertThat(consumer.get("address").asString()).isEqualTo("***");

        Response revealed = api().post("/api/v1/complaints/" + id + "/contact/reveal", s.agent(), null);
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.text("name")).isEqualTo("张三丰");
        assertThat(revealed.text("phone")).isEqualTo("13800138000");
        // an agent of a department that may not see the case learns nothing, not even that it exists
        Response foreign = api().post("/api/v1/complaints/" + id + "/contact/reveal", s.productAgent(), null);
        assertThat(foreign.status()).isEqualTo(404);

        JsonNode log = api().get("/api/v1/admin/personal-data/access-log?complaintId=" + id, s.admin()).body().get("items");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("action").asString()).isEqualTo("REVEAL");
        assertThat(log.get(0).get("actor").asString()).isEqualTo("cs-alice");
        assertThat(log.get(0).get("caseNumber").asString()).isEqualTo(created.text("caseNumber"));
        // only tenant admins read the log
        assertThat(api().get("/api/v1/admin/personal-data/access-log", s.agent()).status()).isEqualTo(403);
    }

    @Test
    default void retentionErasesOnTimeInBusinessDaysKeepsHeldCasesAndLeavesReportsUnchanged() {
        Staff s = staff("keep");
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Instant now = Instant.now();
        // last quarter, in the tenant's zone: the cases were received and closed there
        ZonedDateTime quarterStart = ZonedDateTime.now(zone).truncatedTo(ChronoUnit.DAYS)
                .with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3);
        String period = quarterStart.getYear() + "-Q" + quarterStart.get(IsoFields.QUARTER_OF_YEAR);
        Map<String, String> ids = new HashMap<>();
        for (String label : List.of("old", "recent", "held", "tenDays")) {
            ids.put(label, complaint(s, "李" + label, "1370000" + (1000 + ids.size()), null, "冰箱不制冷 " + label).text("id"));
        }
        // the disputed case goes to the legal department, which holds it
        String held = ids.get("held");
        assertThat(api().post("/api/v1/complaints/" + held + "/triage", s.agent(), Map.of("category", "LEGAL_DISPUTE",
                "complexity", "COMPLEX", "urgency", "NORMAL")).status()).isEqualTo(200);
        Response moved = api().post("/api/v1/complaints/" + held + "/transfers", s.agent(),
                Map.of("toDepartmentId", departmentId(s.tenant(), "legal"), "note", "消费者起诉"));
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        assertThat(api().post("/api/v1/complaints/" + held + "/transfers/" + moved.body().get("handovers").get(0).get("id")
                .asString() + "/acknowledge", s.legalAgent(), null).status()).isEqualTo(200);
        // back-dated: received in last quarter; closed long ago, 2 days ago, long ago (held), 10 calendar days ago
        Map<String, Instant> closed = Map.of("old", now.minus(120, ChronoUnit.DAYS), "recent", now.minus(2, ChronoUnit.DAYS),
                "held", now.minus(120, ChronoUnit.DAYS), "tenDays", now.minus(10, ChronoUnit.DAYS));
        for (var e : ids.entrySet()) {
            sql(s.tenant(), "update complaints set status = 'CLOSED', received_at = ?, closed_at = ?, resolved_at = ? where id = ?",
                    Timestamp.from(quarterStart.plusDays(3).toInstant()), Timestamp.from(closed.get(e.getKey())),
                    Timestamp.from(closed.get(e.getKey())), java.util.UUID.fromString(e.getValue()));
        }
        Response hold = api().put("/api/v1/complaints/" + ids.get("held") + "/legal-hold", s.legalAgent(),
                Map.of("reason", "诉讼中 (2026)沪0115民初123号"));
        assertThat(hold.status()).as(hold.raw().body()).isEqualTo(200);
        assertThat(hold.body().get("legalHold").get("reason").asString()).contains("民初123号");
        // other agents may not set or release a hold; the legal department only on the cases it sees
        assertThat(api().put("/api/v1/complaints/" + ids.get("recent") + "/legal-hold", s.agent(),
                Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(api().put("/api/v1/complaints/" + ids.get("recent") + "/legal-hold", s.legalAgent(),
                Map.of("reason", "x")).status()).isEqualTo(404);
        String report = reportOf(s, period);

        Response policy = api().put("/api/v1/admin/personal-data/retention-policy", s.admin(),
                Map.of("anonymiseAfterBusinessDays", 10, "accessLogDays", 365));
        assertThat(policy.status()).as(policy.raw().body()).isEqualTo(200);
        assertThat(policy.body().get("nextRunAt").isNull()).isFalse();
        assertThat(api().put("/api/v1/admin/personal-data/retention-policy", s.admin(),
                Map.of("anonymiseAfterBusinessDays", 0, "accessLogDays", 365)).status()).isEqualTo(400);
        Response run = api().post("/api/v1/admin/personal-data/retention-policy/run", s.admin(), null);
        assertThat(run.status()).as(run.raw().body()).isEqualTo(200);
        assertThat(run.body().get("erased").asInt()).isEqualTo(1);

        assertThat(consumerName(s, ids.get("old"))).isEqualTo("[anonymised]");
        // 10 calendar days are fewer than 10 business days: not yet
        assertThat(consumerName(s, ids.get("tenDays"))).isEqualTo("李tenDays");
        assertThat(consumerName(s, ids.get("recent"))).isEqualTo("李recent");
        assertThat(consumerName(s, ids.get("held"))).isEqualTo("李held");
        assertThat(reportOf(s, period)).as("last quarter's report").isEqualTo(report);

        Response released = api().delete("/api/v1/complaints/" + ids.get("held") + "/legal-hold", s.legalAgent());
        assertThat(released.status()).as(released.raw().body()).isEqualTo(200);
        assertThat(api().post("/api/v1/admin/personal-data/retention-policy/run", s.admin(), null).body()
                .get("erased").asInt()).isEqualTo(1);
        assertThat(consumerName(s, ids.get("held"))).isEqualTo("[anonymised]");
        assertThat(reportOf(s, period)).as("last quarter's report").isEqualTo(report);
        JsonNode timeline = api().get("/api/v1/complaints/" + ids.get("held") + "/timeline", s.admin()).body();
        assertThat(timeline.findValuesAsString("type")).contains("LEGAL_HOLD_PLACED", "LEGAL_HOLD_RELEASED", "CONSUMER_ANONYMISED");
    }

    @Test
    default void aConsumersDataIsExportedAndErasedOnRequestAndAnotherTenantsConsumerIsUntouched() {
        Staff s = staff("req");
        Staff other = staff("req-b");
        String a1 = complaint(s, "王芳", "+86 135 0000 1111", "wang.fang@example.cn", "王芳投诉：洗衣机异响，联系电话13500001111").text("id");
        String a2 = complaint(s, "王芳", "135-0000-1111", null, "洗衣机第二次维修后仍异响").text("id");
        String unrelated = complaint(s, "赵六", "13600002222", null, "空调漏水").text("id");
        String b1 = complaint(other, "王芳", "13500001111", null, "另一家公司的王芳").text("id");
        Response upload = api().upload("/api/v1/complaints/" + a1 + "/attachments", s.agent(), "王芳-发票.txt",
                "text/plain", "发票 王芳".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(upload.status()).as(upload.raw().body()).isEqualTo(201);
        Map<String, Object> request = Map.of("phone", "13500001111", "reason", "消费者来电申请，工单 REQ-1，已核验身份证后四位");

        // a reason is required; nothing is found without a contact
        assertThat(api().post("/api/v1/admin/personal-data/requests/lookup", s.admin(), Map.of("phone", "13500001111"))
                .status()).isEqualTo(400);
        assertThat(api().post("/api/v1/admin/personal-data/requests/lookup", s.admin(), Map.of("reason", "x"))
                .status()).isEqualTo(400);
        Response found = api().post("/api/v1/admin/personal-data/requests/lookup", s.admin(), request);
        assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
        assertThat(found.body().findValuesAsString("id")).containsExactlyInAnyOrder(a1, a2);

        Response json = api().post("/api/v1/admin/personal-data/requests/export", s.admin(), request);
        assertThat(json.status()).as(json.raw().body()).isEqualTo(200);
        assertThat(json.body().get("cases")).hasSize(2);
        assertThat(json.body().get("cases").get(0).get("consumer").get("name").asString()).isEqualTo("王芳");
        assertThat(json.body().get("cases").get(0).get("consumer").get("phone").asString()).contains("135");
        assertThat(json.raw().body()).doesNotContain("赵六").doesNotContain("另一家公司");
        Response pdf = api().post("/api/v1/admin/personal-data/requests/export", s.admin(), request,
                Map.of("Accept", "application/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.raw().body()).startsWith("%PDF");

        // a legal hold on one case refuses the whole erasure, with the reason, and erases nothing
        assertThat(api().put("/api/v1/complaints/" + a2 + "/legal-hold", s.admin(), Map.of("reason", "仲裁中")).status())
                .isEqualTo(200);
        Response refused = api().post("/api/v1/admin/personal-data/requests/erasure", s.admin(), request);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).endsWith("/legal-hold");
        assertThat(refused.body().get("heldCases").get(0).get("reason").asString()).isEqualTo("仲裁中");
        assertThat(consumerName(s, a1)).isEqualTo("王芳");
        assertThat(api().delete("/api/v1/complaints/" + a2 + "/legal-hold", s.admin()).status()).isEqualTo(200);

        Response erased = api().post("/api/v1/admin/personal-data/requests/erasure", s.admin(), request);
        assertThat(erased.status()).as(erased.raw().body()).isEqualTo(200);
        assertThat(erased.body().get("erased")).hasSize(2);
        Response again = api().post("/api/v1/admin/personal-data/requests/erasure", s.admin(), request);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("erased")).isEmpty();

        JsonNode afterwards = api().get("/api/v1/complaints/" + a1, s.admin()).body();
        assertThat(afterwards.get("consumer").get("name").asString()).isEqualTo("[anonymised]");
        assertThat(afterwards.get("consumer").get("phone").isNull()).isTrue();
        assertThat(afterwards.get("consumer").get("regionCode").asString()).isEqualTo("310115");
        assertThat(afterwards.get("description").asString()).doesNotContain("王芳").doesNotContain("13500001111");
        assertThat(afterwards.get("attachments")).isEmpty();
        // the timeline (append-only) named the attachment after the consumer: rewritten by the erasure too
        String timeline = api().get("/api/v1/complaints/" + a1 + "/timeline", s.admin()).raw().body();
        assertThat(timeline).contains("CONSUMER_ANONYMISED").doesNotContain("王芳");
        assertThat(afterwards.get("anonymisedAt").isNull()).isFalse();
        assertThat(api().post("/api/v1/complaints/" + a1 + "/contact/reveal", s.admin(), null).text("phone")).isNull();
        assertThat(api().post("/api/v1/admin/personal-data/requests/lookup", s.admin(), request).body()).isEmpty();
        Map<String, Object> raw = sql(s.tenant(), "select consumer_name, phone_key, email_key from complaints where id = ?",
                java.util.UUID.fromString(a2)).getFirst();
        assertThat(raw.get("phone_key")).isNull();
        assertThat(sql(s.tenant(), "select count(*) as n from duplicate_keys where complaint_id = ?",
                java.util.UUID.fromString(a2)).getFirst().get("n").toString()).isEqualTo("0");

        // the unrelated consumer of this tenant and the same phone at another tenant are untouched
        assertThat(consumerName(s, unrelated)).isEqualTo("赵六");
        Response otherTenant = api().post("/api/v1/complaints/" + b1 + "/contact/reveal", other.admin(), null);
        assertThat(otherTenant.text("name")).isEqualTo("王芳");
        assertThat(otherTenant.text("phone")).isEqualTo("13500001111");

        List<String> actions = new ArrayList<>();
        api().get("/api/v1/admin/personal-data/access-log?size=100", s.admin()).body().get("items")
                .forEach(e -> actions.add(e.get("action").asString() + ":" + e.get("reason").asString("")));
        assertThat(actions).contains("LOOKUP:" + request.get("reason"), "EXPORT:" + request.get("reason"),
                "ERASURE:" + request.get("reason"));
        assertThat(actions.stream().filter(a -> a.startsWith("ERASURE")).count()).isEqualTo(2);
    }

    private String consumerName(Staff s, String id) {
        return api().post("/api/v1/complaints/" + id + "/contact/reveal", s.admin(), null).text("name");
    }

    private String reportOf(Staff s, String period) {
        Response report = api().get("/api/v1/reports/evaluation?period=" + period, s.admin());
        assertThat(report.status()).as(report.raw().body()).isEqualTo(200);
        return report.body().toString();
    }
}
