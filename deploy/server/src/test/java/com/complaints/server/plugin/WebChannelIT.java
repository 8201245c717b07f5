package com.complaints.server.plugin;

import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The web form and JSON intake end to end, through the channel-web jar. */
class WebChannelIT extends ServerIntegrationTest {

    private static final String FORM = "submissionId=8d3f0c2a-0000-4b4b-8c8c-00000000abcd&name=%E6%9D%8E%E9%9B%B7"
            + "&phone=13700137000&subjectType=SERVICE&subjectName=%E5%AE%BD%E5%B8%A6&description="
            + "%E6%96%AD%E7%BD%91%E4%B8%89%E5%A4%A9";

    private Response form(String tenant, String body) {
        return new Response(api.send(api.builder("/public/" + tenant + "/complaints/new", null,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept-Language", "zh-CN"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    private record Response(com.complaints.server.support.Api.Response r) {
    }

    private int cases(String tenant) {
        return api.get("/api/v1/complaints", api.token(tenant, "sup", "SUPERVISOR", null)).body().get("totalItems").asInt();
    }

    @Test
    void theFormPageIsServedAndASubmissionMakesOneCase() {
        String tenant = newTenant("webform");
        var page = api.get("/public/" + tenant + "/complaints/new?lang=en", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.raw().body()).contains("<html lang=\"en\"", "Make a complaint", "name=\"submissionId\"");

        var first = form(tenant, FORM).r();
        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(first.raw().body()).contains(tenant.toUpperCase(), "id=\"access-code\"");
        var again = form(tenant, FORM).r();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.raw().body()).doesNotContain("id=\"access-code\"");
        assertThat(cases(tenant)).isEqualTo(1);

        var list = api.get("/api/v1/complaints", api.token(tenant, "sup", "SUPERVISOR", null));
        assertThat(list.body().get("items").get(0).get("channel").asString()).isEqualTo("web");
    }

    @Test
    void jsonIntakeWithTheSameKeyMakesOneCase() {
        String tenant = newTenant("webjson");
        Map<String, Object> body = Map.of("consumer", Map.of("name", "Ann Lee", "email", "ann@example.com"),
                "subject", Map.of("type", "PRODUCT", "name", "Kettle K1"), "description", "The lid broke on day two.");
        var first = api.post("/channels/" + tenant + "/web/complaints", null, body, Map.of("Idempotency-Key", "order-77"));
        var again = api.post("/channels/" + tenant + "/web/complaints", null, body, Map.of("Idempotency-Key", "order-77"));
        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(first.text("accessCode")).isNotBlank();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("caseNumber")).isEqualTo(first.text("caseNumber"));
        assertThat(cases(tenant)).isEqualTo(1);
    }

    @Test
    void overTheRateLimitTheClientGets429WithRetryAfter() {
        String tenant = newTenant("webrate");
        configureWebChannel(tenant, Map.of("rateLimitPerMinute", 2));
        Map<String, Object> body = JSON_COMPLAINT;
        assertThat(api.post("/channels/" + tenant + "/web/complaints", null, body).status()).isEqualTo(201);
        assertThat(api.post("/channels/" + tenant + "/web/complaints", null, body).status()).isEqualTo(201);
        var limited = api.post("/channels/" + tenant + "/web/complaints", null, body);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(cases(tenant)).isEqualTo(2);
    }

    @Test
    void thePublicJsonFormIsTheWebChannelsIntakeWithItsLimitAndCaptcha() {
        String tenant = newTenant("webone");
        configureWebChannel(tenant, Map.of("rateLimitPerMinute", 2));
        Map<String, Object> body = JSON_COMPLAINT;
        assertThat(api.post("/public/" + tenant + "/complaints", null, body).status()).isEqualTo(201);
        // the limit counts both ways in: they are one
        assertThat(api.post("/channels/" + tenant + "/web/complaints", null, body).status()).isEqualTo(201);
        var limited = api.post("/public/" + tenant + "/complaints", null, body);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();

        String other = newTenant("webcaptcha");
        configureWebChannel(other, Map.of("captchaVerifyUrl", "http://127.0.0.1:9/siteverify", "captchaSecret", "s"));
        var noCaptcha = api.post("/public/" + other + "/complaints", null, body);
        assertThat(noCaptcha.status()).isEqualTo(400);
        assertThat(noCaptcha.text("type")).contains("captcha");

        assertThat(api.post("/api/v1/admin/channels/web/disable", api.token(other, "admin", "TENANT_ADMIN", null), null)
                .status()).isEqualTo(200);
        assertThat(api.post("/public/" + other + "/complaints", null, body).status())
                .as("no web channel, no web intake").isEqualTo(404);
        assertThat(cases(tenant)).isEqualTo(2);
        assertThat(cases(other)).isZero();
    }

    @Test
    void invalidInputGetsAProblemAndNoCase() {
        String tenant = newTenant("webbad");
        var r = api.post("/channels/" + tenant + "/web/complaints", null,
                Map.of("consumer", Map.of("name", "A"), "subject", Map.of("type", "PRODUCT", "name", "X"), "description", "d"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("problem+json");
        assertThat(cases(tenant)).isZero();
    }

    @Test
    void aDisabledOrUnknownChannelAndAnotherTenantsChannelAre404() {
        String a = newTenant("webiso-a");
        String b = newTenant("webiso-b");
        String adminA = api.token(a, "admin", "TENANT_ADMIN", null);
        assertThat(api.post("/api/v1/admin/channels/web/disable", adminA, null).status()).isEqualTo(200);
        assertThat(api.get("/public/" + a + "/complaints/new", null).status()).isEqualTo(404);
        assertThat(api.get("/channels/" + a + "/nope/form", null).status()).isEqualTo(404);
        assertThat(api.get("/channels/no-such-tenant/web/form", null).status()).isEqualTo(404);
        // b's form still works, and a submission on b's path lands in b only
        assertThat(api.get("/public/" + b + "/complaints/new", null).status()).isEqualTo(200);
        assertThat(form(b, FORM).r().status()).isEqualTo(201);
        assertThat(cases(a)).isZero();
        assertThat(cases(b)).isEqualTo(1);
    }

    /** A JSON complaint both the web channel's paths take. */
    private static final Map<String, Object> JSON_COMPLAINT = Map.of("consumer", Map.of("name", "A", "phone", "13800138000"),
            "subject", Map.of("type", "PRODUCT", "name", "X"), "description", "d");

    private void configureWebChannel(String tenant, Map<String, Object> settings) {
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        assertThat(api.put("/api/v1/admin/channels/web", admin, Map.of("settings", settings)).status()).isEqualTo(200);
    }
}
