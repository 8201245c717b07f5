package com.complaints.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

class DuplicatesAndMergeIT extends ServerIntegrationTest {

    private String tenant;
    private String agent;
    private String supervisor;

    @BeforeEach
    void tenant() {
        tenant = newTenant("dup");
        agent = api.token(tenant, "alice", "AGENT", "customer-service");
        supervisor = api.token(tenant, "sam", "SUPERVISOR", null);
    }

    private Response complaint(String token, String phone, String description) {
        Map<String, Object> body = new HashMap<>(complaintBody("电热水壶 K1"));
        body.put("consumer", Map.of("name", "张三", "phone", phone));
        body.put("description", description);
        return api.post("/api/v1/complaints", token, body);
    }

    @Test
    void findsDuplicatesAndMergesThemKeepingThePublicPageWorking() {
        Response first = complaint(agent, "+86 138 0013 8000", "电热水壶底座漏电，接触有麻手感，要求退货。");
        Response again = complaint(agent, "13800138000", "热水壶底座漏电，一碰就麻手，我要退货！");
        Response other = complaint(agent, "13900000000", "快递员态度恶劣，把包裹扔在门口。");
        String primary = first.text("id");
        String secondary = again.text("id");

        // the intake of the second already warned of the first
        assertThat(again.body().get("possibleDuplicates").get(0).get("id").asString()).isEqualTo(primary);
        assertThat(other.body().get("possibleDuplicates")).isEmpty();

        Response duplicates = api.get("/api/v1/complaints/" + primary + "/duplicates", agent);
        assertThat(duplicates.status()).isEqualTo(200);
        assertThat(duplicates.body()).hasSize(1);
        assertThat(duplicates.body().get(0).get("id").asString()).isEqualTo(secondary);
        assertThat(duplicates.body().get(0).get("reasons").toString()).contains("SAME_PHONE", "SIMILAR_TEXT");
        assertThat(duplicates.raw().body()).doesNotContain(other.text("id"));

        api.post("/api/v1/complaints/" + primary + "/progress", agent, Map.of("message", "已安排上门检测"));
        Response merged = api.post("/api/v1/complaints/" + secondary + "/merge", agent,
                Map.of("primaryId", primary, "reason", "同一消费者重复投诉"));
        assertThat(merged.status()).as(merged.raw().body()).isEqualTo(200);
        assertThat(merged.text("status")).isEqualTo("MERGED");
        assertThat(merged.text("mergedInto")).isEqualTo(primary);

        Response primaryView = api.get("/api/v1/complaints/" + primary, supervisor);
        assertThat(primaryView.body().get("mergedCases").get(0).get("id").asString()).isEqualTo(secondary);
        assertThat(api.get("/api/v1/complaints/" + primary + "/timeline", supervisor).raw().body()).contains("MERGE_RECEIVED");
        assertThat(api.get("/api/v1/complaints/" + secondary + "/timeline", supervisor).raw().body()).contains("\"MERGED\"");

        // the consumer's code for the merged case shows the primary's progress
        Response publicPage = api.get("/public/" + tenant + "/complaints/" + again.text("caseNumber") + "?code="
                + again.text("accessCode"), null);
        assertThat(publicPage.status()).isEqualTo(200);
        assertThat(publicPage.text("caseNumber")).isEqualTo(first.text("caseNumber"));
        assertThat(publicPage.text("mergedFromCaseNumber")).isEqualTo(again.text("caseNumber"));
        assertThat(publicPage.body().get("progress").get(0).get("message").asString()).isEqualTo("已安排上门检测");

        assertThat(api.post("/api/v1/complaints/" + secondary + "/merge", agent,
                Map.of("primaryId", primary, "reason", "again")).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/complaints/" + primary + "/duplicates", agent).raw().body()).doesNotContain(secondary);
    }

    @Test
    void duplicateSearchAndMergeStayInsideTheTenant() {
        Response mine = complaint(agent, "13800138000", "冰箱不制冷已经三天了，订单SO123。");
        String otherTenant = newTenant("dup-other");
        String theirAgent = api.token(otherTenant, "bob", "AGENT", "customer-service");
        Response theirs = complaint(theirAgent, "13800138000", "冰箱不制冷已经三天了，订单SO123。");
        assertThat(api.get("/api/v1/complaints/" + mine.text("id") + "/duplicates", agent).body()).isEmpty();
        Response crossMerge = api.post("/api/v1/complaints/" + mine.text("id") + "/merge", agent,
                Map.of("primaryId", theirs.text("id"), "reason", "x"));
        assertThat(crossMerge.status()).isEqualTo(400);
        assertThat(crossMerge.body().get("errors").get(0).get("field").asString()).isEqualTo("primaryId");
    }

    @Test
    void nearIdenticalTextOfAnotherConsumerIsALikelyDuplicateAmongMoreThanTheRecentCases() {
        Response first = complaint(agent, "13800000001", "洗衣机脱水时噪音很大，机身剧烈晃动，已经影响到楼下邻居休息。");
        // more cases since than the duplicate check used to read (the 300 most recent): the text index finds it anyway
        String pool = "发票抬头开错需要重新开具门店营业时间网上写的不一样会员积分清零客服电话打不通外卖送错少米饭快递包裹"
                + "丢失空调制冷效果差温度降下来手机电池续航短屏幕坏点燃气灶火焰黄味道冰箱门关严异响";
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 320; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 14; k++) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            complaint(agent, "1390000" + String.format("%04d", i), text.toString());
        }
        Response again = complaint(agent, "13700000002", "洗衣机脱水时噪音很大，机身剧烈晃动，已影响楼下邻居休息！");
        var found = again.body().get("possibleDuplicates");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asString()).isEqualTo(first.text("id"));
        assertThat(found.get(0).get("reasons").toString()).contains("SIMILAR_TEXT").doesNotContain("SAME_PHONE");

        String otherTenant = newTenant("dup-text");
        String theirAgent = api.token(otherTenant, "bob", "AGENT", "customer-service");
        Response theirs = complaint(theirAgent, "13700000003", "洗衣机脱水时噪音很大，机身剧烈晃动，已经影响到楼下邻居休息。");
        assertThat(theirs.body().get("possibleDuplicates")).isEmpty();
    }
}
