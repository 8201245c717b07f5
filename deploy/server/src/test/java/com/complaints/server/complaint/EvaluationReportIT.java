package com.complaints.server.complaint;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation report of a hand-computed month, as JSON, CSV (Chinese readable) and a page with charts. */
class EvaluationReportIT extends ServerIntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private String intake(String sup, YearMonth month, int day, String channel) {
        Map<String, Object> body = new LinkedHashMap<>(complaintBody("电热水壶 K1"));
        body.put("channel", channel);
        body.put("receivedAt", month.atDay(day).atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant().toString());
        var r = api.post("/api/v1/complaints", sup, body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        String id = r.text("id");
        api.post("/api/v1/complaints/" + id + "/triage", sup, Map.of("category", "PRODUCT_QUALITY", "complexity", "SIMPLE",
                "urgency", "NORMAL"));
        return id;
    }

    @Test
    void aHandComputedMonthGivesItsFiguresInEveryFormat() {
        String tenant = newTenant("report");
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        YearMonth month = YearMonth.now(ZONE).minusMonths(1);
        String c1 = intake(sup, month, 3, "phone");
        String c2 = intake(sup, month, 4, "phone");
        intake(sup, month, 5, "phone");
        intake(sup, month, 6, "web");
        intake(sup, month.minusMonths(1), 10, "web");
        intake(sup, month.minusMonths(1), 11, "email");
        for (String id : new String[] {c1, c2}) {
            assertThat(api.post("/api/v1/complaints/" + id + "/resolve", sup, Map.of("resolution", "换新")).status()).isEqualTo(200);
        }
        api.post("/api/v1/complaints/" + c1 + "/follow-ups", sup, Map.of("outcome", "SATISFIED", "satisfaction", 5));
        api.post("/api/v1/complaints/" + c2 + "/follow-ups", sup, Map.of("outcome", "DISSATISFIED", "satisfaction", 2));

        var r = api.get("/api/v1/reports/evaluation?period=" + month, sup);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        var c = r.body().get("current");
        assertThat(c.get("volume").asLong()).isEqualTo(4);
        assertThat(c.get("byChannel").get("phone").asLong()).isEqualTo(3);
        assertThat(c.get("byChannel").get("web").asLong()).isEqualTo(1);
        assertThat(c.get("byCategory").get("PRODUCT_QUALITY").asLong()).isEqualTo(4);
        assertThat(c.get("firstContactResolutionRate").asDouble()).isEqualTo(0.25);
        assertThat(c.get("csat").asDouble()).isEqualTo(0.5);
        assertThat(c.get("averageSatisfaction").asDouble()).isEqualTo(3.5);
        assertThat(c.get("responseRate").asDouble()).isEqualTo(1.0);
        assertThat(c.get("reopenRate").asDouble()).isEqualTo(0.25);
        assertThat(c.get("perDay").get(month.atDay(3).toString()).asLong()).isEqualTo(1);
        assertThat(r.body().get("previous").get("volume").asLong()).isEqualTo(2);
        assertThat(r.body().get("lastYear").get("volume").asLong()).isZero();
        assertThat(c.get("sla").has("RESOLUTION")).isTrue();

        HttpResponse<byte[]> csv = api.download("/api/v1/reports/evaluation?period=" + month, sup, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        byte[] bytes = csv.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("投诉量 volume,4,2,0", "渠道 channel: 电话 Phone,3,0,0", "类型 category: 产品质量 Product quality,4");

        var html = api.send(api.builder("/api/v1/reports/evaluation?period=" + month, sup, Map.of("Accept", "text/html")).GET().build());
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.raw().body()).contains("投诉评估报告", "<svg", "<polyline", "产品质量 Product quality");

        HttpResponse<byte[]> pdf = api.download("/api/v1/reports/evaluation?period=" + month, sup, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            var page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImage(0, 1.0f);
            long inked = 0;
            for (int x = 0; x < page.getWidth(); x++) {
                for (int y = 0; y < page.getHeight(); y++) {
                    if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        inked++;
                    }
                }
            }
            // the rendered first page (as a PNG would be) carries text and charts, not a blank sheet
            assertThat(inked).isGreaterThan((long) page.getWidth() * page.getHeight() / 100);
            var png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(page, "png", png);
            assertThat(png.size()).isGreaterThan(5_000);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("投诉评估报告", "产品质量");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(api.get("/api/v1/reports/evaluation?period=2026-13", sup).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/reports/evaluation", api.token(tenant, "a", "AGENT", null)).status()).isEqualTo(403);
        String other = newTenant("report-other");
        var empty = api.get("/api/v1/reports/evaluation?period=" + month, api.token(other, "sup", "SUPERVISOR", null));
        assertThat(empty.body().get("current").get("volume").asLong()).isZero();
    }
}
