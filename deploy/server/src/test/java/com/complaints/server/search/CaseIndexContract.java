package com.complaints.server.search;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api;
import com.complaints.server.support.Eventually;
import com.complaints.server.support.ServerUnderTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case index contract: the same fixtures give the same search totals, facets, trends, anomalies and recurring
 * problems on every adapter (database and Elasticsearch).
 */
interface CaseIndexContract extends ServerUnderTest {

    /** Waits until the tenant's cases are searchable (the Elasticsearch adapter indexes asynchronously). */
    void awaitIndexed(String tenant, int cases);

    /** The adapter's name in reports: database or elasticsearch. */
    String adapter();

    default AnalyticsFixture fixture(boolean planted) {
        String tenant = newTenant(planted ? "anomaly" : "calm");
        AnalyticsFixture fixture = new AnalyticsFixture(api(), tenant).load(planted);
        awaitIndexed(tenant, fixture.all);
        return fixture;
    }

    private String supervisor(String tenant) {
        return api().token(tenant, "sup", "SUPERVISOR", null);
    }

    @Test
    default void aPlantedRegionalAnomalyIsFoundWithItsEvidenceAndACalmTenantRaisesNoAlarm() {
        AnalyticsFixture planted = fixture(true);
        var r = api().get("/api/v1/analytics/anomalies?dimension=region&period=" + planted.anomalyMonth, supervisor(planted.tenant));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        var first = r.body().get("values").get(0);
        assertThat(first.get("value").asString()).isEqualTo(AnalyticsFixture.PLANTED);
        assertThat(first.get("anomalous").asBoolean()).isTrue();
        assertThat(first.get("observed").asLong()).isEqualTo(30);
        assertThat(first.get("expectedFromHistory").asDouble()).isEqualTo(4.0);
        assertThat(first.get("poissonP").asDouble()).isLessThan(1e-6);
        long flagged = 0;
        for (var v : r.body().get("values")) {
            flagged += v.get("anomalous").asBoolean() ? 1 : 0;
        }
        assertThat(flagged).isEqualTo(1);

        AnalyticsFixture calm = fixture(false);
        var none = api().get("/api/v1/analytics/anomalies?dimension=region&period=" + calm.anomalyMonth, supervisor(calm.tenant));
        for (var v : none.body().get("values")) {
            assertThat(v.get("anomalous").asBoolean()).as(v.toString()).isFalse();
        }
        // the other tenant's planted anomaly never shows here
        assertThat(none.raw().body()).doesNotContain("\"observed\":30");
    }

    @Test
    default void trendsCountPerMonthAndRegionInTheTenantsTimeZone() {
        AnalyticsFixture f = fixture(true);
        String from = f.anomalyMonth.minusMonths(6).atDay(1).toString();
        String to = f.anomalyMonth.atEndOfMonth().toString();
        var r = api().get("/api/v1/analytics/trends?interval=month&groupBy=region&from=" + from + "&to=" + to, supervisor(f.tenant));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        assertThat(r.body().get("points").size()).isEqualTo(7);
        Map<String, Long> totals = new HashMap<>();
        for (var p : r.body().get("points")) {
            totals.put(p.get("start").asString().substring(0, 7), p.get("total").asLong());
        }
        for (var month : f.months()) {
            assertThat(totals.get(month.toString())).as(month.toString()).isEqualTo(f.totals.getOrDefault(month, 0).longValue());
        }
        var last = r.body().get("points").get(6);
        assertThat(last.get("counts").get(AnalyticsFixture.PLANTED).asLong()).isEqualTo(30);
        assertThat(last.get("counts").get("浦东新区").asLong()).isEqualTo(4);
        assertThat(last.get("sla").has("RESOLUTION")).isTrue();

        var weekly = api().get("/api/v1/analytics/trends?interval=week&from=" + from + "&to=" + to, supervisor(f.tenant));
        long sum = 0;
        for (var p : weekly.body().get("points")) {
            assertThat(java.time.LocalDate.parse(p.get("start").asString()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            sum += p.get("total").asLong();
        }
        long expected = f.months().stream().mapToLong(m -> f.totals.getOrDefault(m, 0)).sum();
        // the first week may start in the month before the range: it counts only the range's days
        assertThat(sum).isEqualTo(expected);
    }

    @Test
    default void aGrowingProductCategoryClusterIsARecurringProblemWithItsTerms() {
        AnalyticsFixture f = fixture(false);
        var r = api().get("/api/v1/analytics/recurring?months=3&minVolume=5", supervisor(f.tenant));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        Api.Response robots = null;
        for (var c : r.body().get("clusters")) {
            if (c.get("product").asString().equals(AnalyticsFixture.ROBOT)) {
                assertThat(c.get("category").asString()).isEqualTo("UNTRIAGED");
                assertThat(c.get("recent").asLong()).isEqualTo(24);
                assertThat(c.get("baseline").asLong()).isEqualTo(6);
                assertThat(c.get("growth").asDouble()).isEqualTo(3.5714);
                assertThat(c.get("terms").has("充电")).isTrue();
                assertThat(c.get("terms").has("charging") || c.get("terms").has("dock")).isTrue();
                robots = r;
            }
        }
        assertThat(robots).as("the robot cluster in " + r.raw().body()).isNotNull();
    }

    @Test
    default void searchFindsChineseAndEnglishTextWithFacetsAndNothingOfAnotherTenant() {
        AnalyticsFixture f = fixture(false);
        String sup = supervisor(f.tenant);
        var fridge = api().get("/api/v1/search/complaints?q=" + enc("不制冷"), sup);
        assertThat(fridge.status()).as(fridge.raw().body()).isEqualTo(200);
        assertThat(fridge.body().get("total").asLong()).isEqualTo(f.refrigerator);
        // a Chinese phrase matches its characters in a row: 冷气 (air conditioning) is not 不制冷 (not cooling)
        assertThat(api().get("/api/v1/search/complaints?q=" + enc("冷气"), sup).body().get("total").asLong()).isEqualTo(1);
        assertThat(api().get("/api/v1/search/complaints?q=" + enc("制冷"), sup).body().get("total").asLong()).isEqualTo(2);
        var top = api().get("/api/v1/search/complaints?q=" + enc("冰箱 压缩机"), sup);
        assertThat(top.body().get("total").asLong()).isEqualTo(1);
        assertThat(top.body().get("hits").get(0).get("highlights").toString()).contains("<em>");
        var dock = api().get("/api/v1/search/complaints?q=" + enc("充电座") + "&size=100", sup);
        assertThat(dock.body().get("total").asLong()).isEqualTo(f.robotChinese);
        long byChannel = 0;
        for (var c : dock.body().get("facets").get("channel")) {
            byChannel += c.get("count").asLong();
        }
        assertThat(byChannel).isEqualTo(f.robotChinese);
        var english = api().get("/api/v1/search/complaints?q=" + enc("charging dock"), sup);
        assertThat(english.body().get("total").asLong()).isEqualTo(f.robotEnglish);
        assertThat(english.body().get("hits").get(0).get("product").asString()).isEqualTo(AnalyticsFixture.ROBOT);
        var filtered = api().get("/api/v1/search/complaints?region=" + enc(AnalyticsFixture.PLANTED) + "&channel=web", sup);
        assertThat(filtered.body().get("total").asLong()).isPositive();
        for (var hit : filtered.body().get("hits")) {
            assertThat(hit.get("region").asString()).isEqualTo(AnalyticsFixture.PLANTED);
            assertThat(hit.get("channel").asString()).isEqualTo("web");
        }

        // an agent finds only what the lifecycle API shows them: here, the one case they took in themselves
        String agent = api().token(f.tenant, "walk-in-agent", "AGENT", null);
        var own = api().post("/api/v1/complaints", agent, com.complaints.server.support.ApiIntegrationTest.complaintBody("充电座 配件"));
        assertThat(own.status()).isEqualTo(201);
        awaitIndexed(f.tenant, f.all + 1);
        var agentView = api().get("/api/v1/search/complaints?size=100", agent);
        assertThat(agentView.body().get("total").asLong()).isEqualTo(1);
        assertThat(agentView.body().get("hits").get(0).get("id").asString()).isEqualTo(own.text("id"));
        assertThat(api().get("/api/v1/analytics/trends", agent).status()).isEqualTo(403);

        String other = newTenant("nosy");
        awaitIndexed(other, 0);
        var nosy = api().get("/api/v1/search/complaints?q=" + enc("充电座") + "&size=100", api().token(other, "sup", "SUPERVISOR", null));
        assertThat(nosy.body().get("total").asLong()).isZero();
        for (var dim : nosy.body().get("facets")) {
            assertThat(dim.size()).isZero();
        }
    }

    @Test
    default void deepPagingWalksEveryHitOnce() {
        AnalyticsFixture f = fixture(false);
        String sup = supervisor(f.tenant);
        java.util.Set<String> seen = new java.util.HashSet<>();
        String after = null;
        int pages = 0;
        do {
            var page = api().get("/api/v1/search/complaints?sort=newest&size=50" + (after == null ? "" : "&searchAfter=" + after), sup);
            assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
            page.body().get("hits").forEach(h -> assertThat(seen.add(h.get("id").asString())).isTrue());
            after = page.body().get("nextSearchAfter").isNull() ? null : page.body().get("nextSearchAfter").asString();
            pages++;
        } while (after != null && pages < 100);
        assertThat(seen).hasSize(f.all);
    }

    /**
     * The relevance set (src/test/resources/relevance): every judged query gives exactly its accepted result set (the
     * same on both adapters), no judged non-relevant case, an nDCG@10 no lower than accepted, and nDCG@10 0.95 or
     * better over all. The run's figures go to target/relevance/ADAPTER.txt, and the result sets it would accept
     * to target/relevance/ADAPTER-baseline.txt (copy it over baseline.txt when a change of analysis is meant).
     */
    @Test
    default void theRelevanceSetMeetsItsTargetsWithTheAcceptedResultSets() {
        RelevanceSet set = new RelevanceSet();
        assertThat(set.cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(set.queries).hasSizeGreaterThanOrEqualTo(50);
        String tenant = newTenant("relevance");
        Map<String, String> keys = set.load(api(), tenant);
        awaitIndexed(tenant, set.cases.size());
        var outcomes = set.run(api(), tenant, keys);
        RelevanceSet.write(java.nio.file.Path.of("target/relevance/" + adapter() + ".txt"), RelevanceSet.report(adapter(), outcomes));
        RelevanceSet.write(java.nio.file.Path.of("target/relevance/" + adapter() + "-baseline.txt"), RelevanceSet.baselineOf(outcomes));
        var soft = new org.assertj.core.api.SoftAssertions();
        for (var o : outcomes) {
            String q = o.query().text();
            soft.assertThat(o.judgedNonRelevantFound()).as("judged non-relevant cases found by " + q).isEmpty();
            soft.assertThat(o.resultSet()).as("the result set of " + q + " (accepted: baseline.txt)").isEqualTo(set.baseline.get(q));
            soft.assertThat(o.ndcg10()).as("nDCG@10 of " + q).isGreaterThanOrEqualTo(set.baselineNdcg.getOrDefault(q, 1.0) - 0.0005);
        }
        soft.assertThat(RelevanceSet.mean(outcomes, RelevanceSet.Outcome::ndcg10)).as("mean nDCG@10").isGreaterThanOrEqualTo(0.95);
        soft.assertAll();
    }

    /**
     * Similar resolved cases: for every open case with a known good twin among the closed, satisfied ones, the twin is
     * among the three offered (the hit rate goes to target/relevance/ADAPTER-similar.txt); a case of another
     * department stays out of an agent's offer, and another tenant's case is a 404.
     */
    @Test
    default void similarResolvedCasesOfferTheKnownGoodTwin() {
        RelevanceSet set = new RelevanceSet();
        String tenant = newTenant("twins");
        Map<String, String> resolved = set.loadResolved(api(), tenant);
        String sup = supervisor(tenant);
        Eventually.until(Duration.ofSeconds(60), () -> api().get("/api/v1/search/complaints?size=1&status=CLOSED", sup)
                .body().get("total").asLong(), n -> n == resolved.size(), resolved.size() + " closed cases in the index");
        var offered = set.similarToTwins(api(), tenant, resolved);
        StringBuilder report = new StringBuilder("# similar resolved cases on the " + adapter() + " adapter: twin | offered\n");
        long found = 0;
        for (var e : offered.entrySet()) {
            boolean hit = e.getValue().contains(e.getKey().notes());
            found += hit ? 1 : 0;
            report.append(e.getKey().key()).append(" | ").append(e.getKey().notes()).append(hit ? " in " : " NOT in ")
                    .append(String.join(" ", e.getValue())).append('\n');
        }
        double rate = (double) found / offered.size();
        report.append(String.format(java.util.Locale.ROOT, "# twin in the top 3: %d of %d (%.3f)%n", found, offered.size(), rate));
        RelevanceSet.write(java.nio.file.Path.of("target/relevance/" + adapter() + "-similar.txt"), report.toString());
        assertThat(rate).as(report.toString()).isGreaterThanOrEqualTo(0.9);

        // an agent of no department sees only the cases they took in: none of the closed ones is offered to them
        String agent = api().token(tenant, "walk-in-agent", "AGENT", null);
        var own = api().post("/api/v1/complaints", agent, com.complaints.server.support.ApiIntegrationTest.complaintBody("洗衣机"));
        var agentOffer = api().get("/api/v1/complaints/" + own.text("id") + "/similar-resolved", agent);
        assertThat(agentOffer.status()).isEqualTo(200);
        assertThat(agentOffer.body().size()).isZero();

        String other = newTenant("twins-other");
        var anyCase = resolved.keySet().iterator().next();
        assertThat(api().get("/api/v1/complaints/" + anyCase + "/similar-resolved", supervisor(other)).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/complaints/" + anyCase + "/similar-resolved?limit=11", sup).status()).isEqualTo(400);
    }

    /**
     * A tenant's own words and synonyms: a brand the segmenter cut apart is whole after the admin adds it (the cases
     * are analysed again), a synonym group applies to the next query, bad input is a 400 that changes nothing, a stale
     * If-Match a 412, and another tenant keeps the defaults.
     */
    @Test
    default void aTenantEditsItsWordsAndSynonymsAndItsCasesAreAnalysedAgain() {
        String tenant = newTenant("vocabulary");
        String admin = api().token(tenant, "admin", "TENANT_ADMIN", null);
        String sup = supervisor(tenant);
        var body = new java.util.HashMap<>(com.complaints.server.support.ApiIntegrationTest.complaintBody("扫地机"));
        body.put("description", "追觅扫地机拖地以后地面全是水渍。");
        assertThat(api().post("/api/v1/complaints", sup, body).status()).isEqualTo(201);
        awaitIndexed(tenant, 1);
        // smartcn alone cuts the brand 追觅 into characters: a search for 觅 finds the case
        assertThat(api().get("/api/v1/search/complaints?q=" + enc("觅"), sup).body().get("total").asLong()).isEqualTo(1);
        assertThat(api().get("/api/v1/search/complaints?q=" + enc("拖把"), sup).body().get("total").asLong()).isZero();

        var current = api().get("/api/v1/admin/search-vocabulary", admin);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"0\"");
        var refused = api().put("/api/v1/admin/search-vocabulary", admin, Map.of("words", java.util.List.of("x"),
                "synonyms", java.util.List.of(Map.of("language", "zh", "terms", java.util.List.of("拖把")))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw().body()).contains("words[0]").contains("synonyms[0].terms");
        assertThat(api().get("/api/v1/admin/search-vocabulary", admin).header("ETag")).isEqualTo("\"0\"");

        var edit = Map.of("words", java.util.List.of("追觅"), "synonyms",
                java.util.List.of(Map.of("language", "zh", "terms", java.util.List.of("拖把", "拖地"))));
        var saved = api().send(api().builder("/api/v1/admin/search-vocabulary", admin, Map.of("If-Match", "\"0\"",
                "Content-Type", "application/json")).PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(edit))).build());
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        var stale = api().send(api().builder("/api/v1/admin/search-vocabulary", admin, Map.of("If-Match", "\"0\"",
                "Content-Type", "application/json")).PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(stale.status()).isEqualTo(412);

        // the synonym applies at once; the word once the case is analysed again (the relay, on Elasticsearch)
        assertThat(api().get("/api/v1/search/complaints?q=" + enc("拖把"), sup).body().get("total").asLong()).isEqualTo(1);
        Eventually.until(Duration.ofSeconds(60), () -> api().get("/api/v1/search/complaints?q=" + enc("觅"), sup)
                .body().get("total").asLong(), n -> n == 0, "the case analysed again with the tenant's word");
        assertThat(api().get("/api/v1/search/complaints?q=" + enc("追觅"), sup).body().get("total").asLong()).isEqualTo(1);

        String other = newTenant("vocabulary-other");
        var theirs = api().get("/api/v1/admin/search-vocabulary", api().token(other, "admin", "TENANT_ADMIN", null));
        assertThat(theirs.header("ETag")).isEqualTo("\"0\"");
        assertThat(theirs.raw().body()).doesNotContain("追觅");
        assertThat(api().get("/api/v1/admin/search-vocabulary", sup).status()).isEqualTo(403);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
