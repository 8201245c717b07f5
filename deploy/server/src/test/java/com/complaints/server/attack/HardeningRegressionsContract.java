package com.complaints.server.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerUnderTest;

/**
 * The findings of the hardening review, one named test each, on both databases ({@code HardeningRegressionsIT},
 * {@code EmbeddedHardeningRegressionsIT}). Each failed before its fix.
 */
interface HardeningRegressionsContract extends ServerUnderTest {

    private SweepFixture fixture() {
        return SweepFixture.create(this);
    }

    private static Map<String, Object> complaint(String product, String description) {
        return Map.of("channel", "phone", "consumer", Map.of("name", "王五", "phone", "13900139000", "regionCode", "310115"),
                "subject", Map.of("type", "PRODUCT", "name", product), "description", description);
    }

    @Test
    default void finding1_anIdempotencyKeyReplaysOnlyToItsOwnCaller() {
        SweepFixture f = fixture();
        String id = f.idsOfA().get("complaint");
        var key = Map.of("Idempotency-Key", "k-" + f.marker());
        assertThat(api().post("/api/v1/complaints/" + id + "/progress", f.a().productAgent(), Map.of("message", "检测中"), key)
                .status()).isEqualTo(200);
        Response legal = api().post("/api/v1/complaints/" + id + "/progress", f.a().legalAgent(), Map.of("message", "检测中"), key);
        assertThat(legal.status()).isEqualTo(404);
        assertThat(legal.raw().body()).doesNotContain("甲" + f.marker(), "13800138000", "+86 138");
        assertThat(api().post("/api/v1/complaints/" + id + "/progress", f.a().legalAgent(), Map.of("message", "x"), key).status())
                .isEqualTo(404);
        // another agent reusing someone's intake key gets a case of their own, not the first one's receipt
        var intakeKey = Map.of("Idempotency-Key", "intake-" + f.marker());
        Response first = api().post("/api/v1/complaints", f.a().agent(), complaint("水壶", "漏电"), intakeKey);
        Response other = api().post("/api/v1/complaints", f.a().legalAgent(), complaint("水壶", "漏电"), intakeKey);
        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.header("Idempotent-Replayed")).isNull();
        assertThat(other.text("id")).isNotEqualTo(first.text("id"));
        // the caller's own replay still works
        Response again = api().post("/api/v1/complaints", f.a().agent(), complaint("水壶", "漏电"), intakeKey);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.text("id")).isEqualTo(first.text("id"));
    }

    @Test
    default void finding2_everyCharacterAConsumerCanTypeRendersInThePdfReport() {
        String tenant = newTenant("pdf");
        for (String product : List.of("Czajnik Łódź", "Ā macron", "tab\there", "nul\u0000here", "emoji 😀🎉", "lone \uD800 half")) {
            Response r = api().post("/public/" + tenant + "/complaints", null, Map.of(
                    "consumer", Map.of("name", "Ola", "email", "ola@example.com"),
                    "subject", Map.of("type", "PRODUCT", "name", product), "description", "broken " + product));
            assertThat(r.status()).as(product + ": " + r.raw().body()).isEqualTo(201);
        }
        String sup = api().token(tenant, "sup", "SUPERVISOR", null);
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        HttpResponse<byte[]> pdf = api().download("/api/v1/reports/evaluation?period=" + month, sup, "application/pdf");
        assertThat(pdf.statusCode()).as(new String(pdf.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String admin = api().token(tenant, "admin", "TENANT_ADMIN", null);
        Response kept = api().post("/api/v1/admin/reports/generate/" + month, admin, null);
        assertThat(kept.status()).as(kept.raw().body()).isBetween(200, 201);
        HttpResponse<byte[]> archived = api().download("/api/v1/reports/evaluation/archive/" + kept.text("id"), sup, "application/pdf");
        assertThat(archived.statusCode()).isEqualTo(200);
        // finding 9: regenerating the kept month (as the app role on PostgreSQL) keeps the same report
        Response regenerated = api().post("/api/v1/admin/reports/generate/" + month, admin, null);
        assertThat(regenerated.status()).as(regenerated.raw().body()).isBetween(200, 201);
        assertThat(regenerated.text("id")).isEqualTo(kept.text("id"));
    }

    @Test
    default void finding3_searchHighlightsTextWhoseCaseMappingChangesItsLength() {
        String tenant = newTenant("ist");
        String agent = api().token(tenant, "cs", "AGENT", "customer-service");
        assertThat(api().post("/api/v1/complaints", agent, complaint("kettle", "İSTANBUL İADE kettle broken")).status()).isEqualTo(201);
        Response found = api().get("/api/v1/search/complaints?q=broken", api().token(tenant, "sup", "SUPERVISOR", null));
        assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
        assertThat(found.raw().body()).contains("<em>broken</em>");
    }

    @Test
    default void finding4_malformedPercentEncodingIs400Everywhere() {
        String tenant = newTenant("pct");
        String agent = api().token(tenant, "cs", "AGENT", "customer-service");
        int port = api().port();
        for (String target : List.of("/public/" + tenant + "/complaints/X-1?code=%FF", "/api/v1/complaints?channel=%ZZ",
                "/api/v1/complaints?channel=%")) {
            RawHttp.Answer a = RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nAuthorization: Bearer " + agent + "\r\n", null);
            assertThat(a.status()).as(target + "\n" + a.body()).isEqualTo(400);
            assertThat(a.head()).contains("application/problem+json");
        }
        RawHttp.Answer form = RawHttp.send(port, "POST /dev/token HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n",
                new byte[] {(byte) 0xff, (byte) 0xfe, '%', 'F', 'F', '=', 0, '&', 't', '=', '%', 'Z'});
        assertThat(form.status()).as(form.body()).isEqualTo(400);
        RawHttp.Answer surveyForm = RawHttp.send(port, "POST /public/" + tenant + "/surveys/nope HTTP/1.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n", "satisfaction=%FF".getBytes(StandardCharsets.US_ASCII));
        assertThat(surveyForm.status()).isBetween(400, 499);
    }

    @Test
    default void finding5_theSurveyJsonAnswersEveryMalformedBodyWith400() {
        String tenant = newTenant("srv");
        for (String body : List.of("{\"satisfaction\":", "[]", "null", "", "{\"satisfaction\":\"five\"}", "{\"nope\":1}",
                "{\"satisfaction\":99999999999999999999}", "[".repeat(3000) + "]".repeat(3000))) {
            Response r = api().send(api().builder("/public/" + tenant + "/surveys/some-token", null,
                    Map.of("Content-Type", "application/json", "Accept", "application/json"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(r.status()).as(body.length() > 40 ? "deep nesting" : body).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    default void finding6_nullsInArraysExtremeDatesNulAndBrokenUploadsAre4xxOrCleanedNever5xx() {
        SweepFixture f = fixture();
        String admin = f.a().admin();
        String sup = f.a().supervisor();
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        Map<String, Long> before = rows(f.tenantA());
        List<Response> refused = List.of(
                api().post("/api/v1/admin/calendars/" + f.idsOfA().get("calendar") + "/special-days", admin, withNull),
                api().put("/api/v1/admin/routing-rules", admin, withNull),
                api().put("/api/v1/admin/reports/subscribers", admin, Map.of("emails", withNull)),
                api().post("/api/v1/improvement-measures", sup, Map.of("title", "t", "findingType", "CASES", "finding", "f",
                        "action", "a", "ownerUserId", "u", "dueDate", "2027-01-01", "caseIds", withNull)),
                api().post("/api/v1/improvement-measures", sup, Map.of("title", "t", "findingType", "CASES", "finding", "f",
                        "action", "a", "ownerUserId", "u", "dueDate", "+999999999-12-31", "caseIds", List.of(f.idsOfA().get("complaint")))),
                api().get("/api/v1/reports/evaluation?period=-999999999-01", sup),
                api().get("/api/v1/analytics/anomalies?period=-999999999-01", sup),
                api().get("/api/v1/analytics/trends?from=-999999999-01-01&to=-999999999-01-02", sup),
                api().get("/api/v1/complaints?receivedTo=-999999999-01-01T00:00:00Z", sup));
        for (Response r : refused) {
            assertThat(r.status()).as(r.raw().uri() + " " + r.raw().body()).isEqualTo(400);
        }
        Map<String, Object> tags = new java.util.HashMap<>();
        tags.put("tags", withNull);
        Response library = api().put("/api/v1/case-library/" + f.idsOfA().get("complaint"), sup, tags);
        assertThat(library.status()).as(library.raw().body()).isBetween(400, 499);
        // broken uploads
        String path = "/api/v1/complaints/" + f.idsOfA().get("complaint") + "/attachments";
        for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=unclosed")) {
            Response r = api().send(api().builder(path, f.a().productAgent(), Map.of("Content-Type", type))
                    .POST(HttpRequest.BodyPublishers.ofString("--unclosed\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc")).build());
            assertThat(r.status()).as(type + " " + r.raw().body()).isEqualTo(400);
        }
        assertThat(rows(f.tenantA())).isEqualTo(before);
        Response nulName = api().upload(path, f.a().productAgent(), "a\u0000b\u202Etxt.exe", "text/plain", "x".getBytes(), Map.of());
        // the container's multipart parser refuses a NUL in a part header: a 400 problem, or else a cleaned name
        if (nulName.status() == 201) {
            assertThat(nulName.text("fileName")).doesNotContain("\u0000", "\u202E");
        } else {
            assertThat(nulName.status()).as(nulName.raw().body()).isEqualTo(400);
            assertThat(nulName.contentType()).startsWith("application/problem+json");
        }
        // NUL in text is cleaned, through the API and through the channels
        Response api = api().post("/api/v1/complaints", f.a().agent(), complaint("nul\u0000product", "desc\u0000ription \uD800"));
        assertThat(api.status()).as(api.raw().body()).isEqualTo(201);
        assertThat(api().post("/api/v1/admin/channels", admin, Map.of("id", "desk", "type", "onsite",
                "settings", Map.of("locations", List.of("静安门店")))).status()).isEqualTo(201);
        Response desk = api().post("/channels/" + f.tenantA() + "/desk/complaints", f.a().agent(), Map.of("location", "静安门店",
                "consumer", Map.of("name", "孙\u0000先生", "phone", "13600136000"),
                "subject", Map.of("type", "PRODUCT", "name", "电饭煲\u0000R3"), "description", "内胆\u0000脱落"));
        assertThat(desk.status()).as(desk.raw().body()).isEqualTo(201);
        Response web = api().post("/channels/" + f.tenantA() + "/web/complaints", null, Map.of(
                "consumer", Map.of("name", "孙\u0000先生", "phone", "13600136001"),
                "subject", Map.of("type", "PRODUCT", "name", "电饭煲\u0000R4"), "description", "内胆\u0000脱落 \uD800"));
        assertThat(web.status()).as(web.raw().body()).isEqualTo(201);
        Response list = api().get("/api/v1/search/complaints?q=R4", sup);
        assertThat(list.raw().body()).doesNotContain("\\u0000");
    }

    @Test
    default void finding7_theCtiWebhookChecksTheSignatureFirstAndUnsignedRequestsLeaveHealthAlone() {
        SweepFixture f = fixture();
        String channel = f.idsOfA().get("channel");
        String path = "/channels/" + f.tenantA() + "/" + channel + "/events";
        for (int i = 0; i < 4; i++) {
            Response r = api().send(api().builder(path, null, Map.of("Content-Type", "application/json",
                    "X-Timestamp", "9223372036854775807", "X-Signature", "sha256=00")).POST(HttpRequest.BodyPublishers.ofString("{}")).build());
            assertThat(r.status()).as(r.raw().body()).isEqualTo(401);
        }
        var health = api().get("/api/v1/admin/channels/" + channel, f.a().admin()).body().get("health");
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("failed").asInt()).isZero();
        // a signed request with an absurd timestamp is stale, not a failure of the channel
        String ts = "9223372036854775807";
        String body = "{}";
        Response stale = api().send(api().builder(path, null, Map.of("Content-Type", "application/json", "X-Timestamp", ts,
                "X-Signature", "sha256=" + hmac("sweep-signing-secret-0123456789", ts + "." + body)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.raw().body()).contains("stale");
        assertThat(api().get("/api/v1/admin/channels/" + channel, f.a().admin()).body().get("health").get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    default void finding10_headersEtagsChannelBodiesErrorPagesAndFileNames() {
        SweepFixture f = fixture();
        int port = api().port();
        RawHttp.Answer two = RawHttp.send(port, "GET /api/v1/complaints HTTP/1.1\r\nAuthorization: Bearer " + f.a().agent()
                + "\r\nAuthorization: Bearer " + f.b().agent() + "\r\n", null);
        assertThat(two.status()).isEqualTo(400);
        String id = f.idsOfA().get("complaint");
        String etag = api().get("/api/v1/complaints/" + id, f.a().productAgent()).header("ETag");
        Response weak = api().post("/api/v1/complaints/" + id + "/progress", f.a().productAgent(), Map.of("message", "m"),
                Map.of("If-Match", "W/" + etag));
        assertThat(weak.status()).isEqualTo(412);
        Response unknownField = api().post("/channels/" + f.tenantA() + "/web/complaints", null, Map.of(
                "consumer", Map.of("name", "孙", "phone", "13600136000"), "subject", Map.of("type", "PRODUCT", "name", "锅"),
                "description", "坏了", "surprise", 1));
        assertThat(unknownField.status()).as(unknownField.raw().body()).isEqualTo(400);
        assertThat(unknownField.raw().body()).contains("surprise");
        Response plain = api().send(api().builder("/channels/" + f.tenantA() + "/web/complaints", null,
                Map.of("Content-Type", "text/plain")).POST(HttpRequest.BodyPublishers.ofString("{\"description\":\"x\"}")).build());
        assertThat(plain.status()).isEqualTo(415);
        for (String head : List.of("GET /a/b%00c HTTP/1.1\r\n", "GET /api/v1/complaints HTTP/1.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n",
                "GET /api/../../etc/passwd HTTP/1.1\r\n")) {
            RawHttp.Answer a = RawHttp.send(port, head, null);
            assertThat(a.status()).as(head.substring(0, Math.min(40, head.length()))).isBetween(400, 499);
            assertThat(a.head()).as(a.body()).contains("application/problem+json");
            assertThat(a.body()).doesNotContain("<html", "Tomcat");
        }
        Response uploaded = api().upload("/api/v1/complaints/" + id + "/attachments", f.a().productAgent(),
                "invoice\u202Efdp.exe", "text/plain", "x".getBytes(), Map.of());
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.text("fileName")).isEqualTo("invoicefdp.exe");
        HttpResponse<byte[]> download = api().download("/api/v1/complaints/" + id + "/attachments/" + uploaded.text("id"),
                f.a().productAgent());
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).doesNotContain("\u202E", "%E2%80%AE");
    }

    @Test
    default void finding11_wrongAccessCodesAreLimitedPerCaseWithRetryAfter() {
        SweepFixture f = fixture();
        String page = "/public/" + f.tenantA() + "/complaints/" + f.caseNumber();
        for (int i = 0; i < 10; i++) {
            assertThat(api().get(page + "?code=WRONG" + i, null).status()).isEqualTo(404);
        }
        Response limited = api().get(page + "?code=WRONG", null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 900L);
        // even the right code waits until the window has passed: guessing cannot be told from knowing
        assertThat(api().get(page + "?code=" + f.accessCode(), null).status()).isEqualTo(429);
        // survey tokens count per client
        int status = 0;
        for (int i = 0; i < 25 && status != 429; i++) {
            status = api().send(api().builder("/public/" + f.tenantA() + "/surveys/guess-" + i, null,
                    Map.of("Accept", "application/json")).GET().build()).status();
        }
        assertThat(status).isEqualTo(429);
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
