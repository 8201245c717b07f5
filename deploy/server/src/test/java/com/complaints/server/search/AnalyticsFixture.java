package com.complaints.server.search;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.complaints.server.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's worth of realistic cases, in Chinese and English, spread over the last eight months (tenant zone
 * Asia/Shanghai), with known figures:
 * <ul>
 *   <li>courier-delivery complaints from five districts, 4 per district per month in the six months before the
 *       anomaly month; in the anomaly month 4 per district, and 南山区 30 when the anomaly is planted (else 5);</li>
 *   <li>robot-vacuum complaints about its charging dock (no region): 2 a month in months −5..−3, 8 a month in the
 *       last three months (the current one included) — a growing cluster;</li>
 *   <li>a few refrigerator and broadband cases for text search.</li>
 * </ul>
 */
final class AnalyticsFixture {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final List<String> DISTRICTS = List.of("浦东新区", "徐汇区", "海淀区", "天河区", "南山区");
    static final String PLANTED = "南山区";
    static final String COURIER = "快递配送";
    static final String ROBOT = "扫地机器人 S8";
    static final String[] CHANNELS = {"phone", "web", "email", "onsite"};
    private static final String[] COURIER_TEXTS = {
            "快递延误三天仍未送达，客服电话一直占线。", "包裹外箱破损，里面的杯子碎了。", "快递员未经同意把包裹放在门口，结果丢了。",
            "The parcel arrived five days late and the box was crushed.", "配送员态度恶劣，还要求额外加钱才肯送上楼。"};
    private static final String[] ROBOT_TEXTS = {
            "扫地机器人回充时找不到充电座，充电座指示灯不亮。", "机器人清扫结束后无法自动返回充电座，每次都要手动搬回去。",
            "The robot vacuum cannot find its charging dock after cleaning.", "充电座接触不良，机器人显示未充电。"};

    final String tenant;
    final YearMonth anomalyMonth;
    final YearMonth currentMonth;
    final Map<YearMonth, Integer> totals = new LinkedHashMap<>();
    int refrigerator;
    int robotChinese;
    int robotEnglish;
    int all;

    private final Api api;
    private final String agent;
    private int sequence;

    AnalyticsFixture(Api api, String tenant) {
        this.api = api;
        this.tenant = tenant;
        this.agent = api.token(tenant, "fixture", "SUPERVISOR", null);
        this.currentMonth = YearMonth.now(ZONE);
        this.anomalyMonth = currentMonth.minusMonths(1);
    }

    AnalyticsFixture load(boolean plantAnomaly) {
        for (int m = 6; m >= 1; m--) {
            YearMonth month = anomalyMonth.minusMonths(m);
            for (String district : DISTRICTS) {
                for (int day : new int[] {3, 10, 17, 24}) {
                    courier(month.atDay(day), district);
                }
            }
        }
        for (String district : DISTRICTS) {
            int n = district.equals(PLANTED) ? (plantAnomaly ? 30 : 5) : 4;
            for (int i = 0; i < n; i++) {
                courier(anomalyMonth.atDay(1 + i % 27), district);
            }
        }
        for (int m = 5; m >= 0; m--) {
            YearMonth month = currentMonth.minusMonths(m);
            int n = m >= 3 ? 2 : 8;
            for (int i = 0; i < n; i++) {
                robot(month, i);
            }
        }
        submit(anomalyMonth.atDay(5), null, "phone", "冰箱 BCD-520", "PRODUCT",
                "新买的冰箱不制冷，冷藏室温度一直在十五度以上。");
        submit(anomalyMonth.atDay(6), null, "web", "冰箱 BCD-520", "PRODUCT", "冰箱压缩机噪音很大，而且不制冷。");
        refrigerator = 2;
        submit(anomalyMonth.atDay(7), null, "email", "Broadband 500M", "SERVICE",
                "My broadband connection drops every evening and support never calls back.");
        submit(anomalyMonth.atDay(8), null, "web", "冷气机维修", "SERVICE", "空调冷气不足，维修师傅迟到两小时。");
        return this;
    }

    private void courier(LocalDate day, String district) {
        String text = COURIER_TEXTS[sequence % COURIER_TEXTS.length];
        submit(day, district, CHANNELS[sequence % CHANNELS.length], COURIER, "SERVICE", text);
    }

    private void robot(YearMonth month, int i) {
        String text = ROBOT_TEXTS[i % ROBOT_TEXTS.length];
        if (text.startsWith("The")) {
            robotEnglish++;
        } else {
            robotChinese++;
        }
        LocalDate day = month.equals(currentMonth) ? null : month.atDay(2 + i * 3);
        submit(day, null, CHANNELS[i % CHANNELS.length], ROBOT, "PRODUCT", text);
    }

    private void submit(LocalDate day, String district, String channel, String product, String type, String text) {
        ZonedDateTime received = day == null
                ? ZonedDateTime.now(ZONE).minusMinutes(5 + sequence)
                : ZonedDateTime.of(day, LocalTime.of(10, 0).plusMinutes(sequence % 300), ZONE);
        Map<String, Object> consumer = new LinkedHashMap<>();
        consumer.put("name", "顾客" + sequence);
        consumer.put("phone", "1380013" + String.format("%04d", sequence % 10000));
        if (district != null) {
            consumer.put("regionName", district);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        body.put("consumer", consumer);
        body.put("subject", Map.of("type", type, "name", product));
        body.put("description", text);
        body.put("receivedAt", received.toInstant().toString());
        var r = api.post("/api/v1/complaints", agent, body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        totals.merge(YearMonth.from(received), 1, Integer::sum);
        sequence++;
        all++;
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (int m = 6; m >= 0; m--) {
            months.add(anomalyMonth.minusMonths(m));
        }
        return months;
    }
}
