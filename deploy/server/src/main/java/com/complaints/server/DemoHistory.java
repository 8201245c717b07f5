package com.complaints.server;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.persistence.SearchOutboxQueue;
import com.complaints.core.tenancy.TenantTransactions;
import com.complaints.core.timeline.FieldChange;

/**
 * Half a year of realistic complaints for the demo tenant, so that its dashboard, trends and evaluation mean something
 * on a first start: about five a day, more on weekdays, across products, services, channels, categories and ten
 * cities, most of them closed, the last week's still open in every status, a product whose complaints grow month by
 * month, and one planted regional anomaly (a district's robot vacuums, the month the anomaly panel opens on). Written
 * straight to the tables as history (with each case's "received" timeline entry); each resolved case carries its
 * resolution deadline, met on time or late, and most closed ones the consumer's follow-up score, so the deadline and
 * satisfaction trends have a history too (no timers: the clocks are all decided).
 * Deterministic: the same seed gives the same cases.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    static final int DAYS = 182;

    private record Region(String code, String name, int weight) {
    }

    private record Subject(String type, String name, String category, String description) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region("310115", "上海市浦东新区", 16), new Region("310104", "上海市徐汇区", 10),
            new Region("110105", "北京市朝阳区", 14), new Region("440305", "深圳市南山区", 12),
            new Region("440106", "广州市天河区", 10), new Region("330106", "杭州市西湖区", 9),
            new Region("510107", "成都市武侯区", 8), new Region("420106", "武汉市武昌区", 7),
            new Region("320106", "南京市鼓楼区", 7), new Region("610113", "西安市雁塔区", 7));

    /** The anomaly's district and product. */
    static final String ANOMALY_REGION = "510107"; // 成都市武侯区

    private static final List<Subject> SUBJECTS = List.of(
            new Subject("PRODUCT", "电热水壶 K1", "PRODUCT_QUALITY", "底座接触不良，烧水时自动断电，用了不到两个月。"),
            new Subject("PRODUCT", "电饭煲 R5", "PRODUCT_PERFORMANCE", "煮饭总是夹生，预约功能不起作用。"),
            new Subject("PRODUCT", "空气净化器 A3", "PRODUCT_QUALITY", "滤网三个月就发黑，异味明显，要求更换。"),
            new Subject("PRODUCT", "扫地机器人 S8", "PRODUCT_QUALITY", "充电座发烫，机器经常找不到充电座。"),
            new Subject("PRODUCT", "洗衣机 W10", "PRODUCT_PERFORMANCE", "脱水时噪音很大，机身晃动。"),
            new Subject("PRODUCT", "冰箱 BCD-520", "PRODUCT_QUALITY", "冷藏室不制冷，食物变质。"),
            new Subject("PRODUCT", "吹风机 H2", "PRODUCT_QUALITY", "使用时有焦味，外壳发烫。"),
            new Subject("SERVICE", "送货安装", "SERVICE_PROCESS", "预约的安装时间一再推迟，没有人通知。"),
            new Subject("SERVICE", "售后维修", "SERVICE_ATTITUDE", "维修人员态度恶劣，上门迟到两个小时。"),
            new Subject("SERVICE", "会员退款", "SERVICE_PROCESS", "退货后十五个工作日仍未收到退款。"),
            new Subject("PRODUCT", "智能门锁 L7", "LEGAL_DISPUTE", "门锁失灵导致财物损失，要求赔偿，否则起诉。"),
            new Subject("SERVICE", "客服热线", "OTHER", "热线长时间无人接听。"));

    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "涛"};
    private static final String[] CHANNELS = {"phone", "phone", "phone", "phone", "web", "web", "web", "email", "onsite", "onsite"};
    private static final String[] OPEN = {"RECEIVED", "TRIAGED", "ASSIGNED", "IN_PROGRESS", "IN_PROGRESS", "SOLUTION_PROPOSED",
            "FOLLOW_UP_PENDING"};
    private static final Map<String, String> DEPARTMENT_OF = Map.of("PRODUCT_QUALITY", "product", "PRODUCT_PERFORMANCE",
            "product", "SERVICE_ATTITUDE", "service", "SERVICE_PROCESS", "service", "LEGAL_DISPUTE", "legal",
            "OTHER", "customer-service");
    private static final Map<String, String[]> AGENTS = Map.of("product", new String[] {"bob", "zhou.product"},
            "service", new String[] {"carol", "wu.service"}, "legal", new String[] {"dan.legal"},
            "customer-service", new String[] {"alice", "li.cs"});

    private final JdbcTemplate jdbc;
    private final TenantTransactions transactions;
    private final JsonMapper json;
    private final SearchOutboxQueue searchOutbox;
    private final boolean indexed;

    DemoHistory(JdbcTemplate jdbc, TenantTransactions transactions, JsonMapper json, SearchOutboxQueue searchOutbox,
                @Value("${complaints.search.elasticsearch.uris:}") String searchUris) {
        this.searchOutbox = searchOutbox;
        this.indexed = !searchUris.isBlank();
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    /** The month the planted anomaly falls in: this month once ten days of it have passed, else the one before. */
    static LocalDate anomalyMonth(LocalDate today) {
        return (today.getDayOfMonth() > 10 ? today : today.minusMonths(1)).withDayOfMonth(1);
    }

    /** Writes the history into the tenant (once, right after the tenant was created). */
    void seed(String tenant, ZoneId zone, Instant now) {
        transactions.inNewTransaction(tenant, () -> {
            Map<String, UUID> departments = new HashMap<>();
            jdbc.query("select code, id from departments where tenant_id = ?",
                    r -> { departments.put(r.getString(1), r.getObject(2, UUID.class)); }, tenant);
            List<Object[]> complaints = new ArrayList<>();
            List<Object[]> timeline = new ArrayList<>();
            List<Object[]> clocks = new ArrayList<>();
            List<Object[]> followUps = new ArrayList<>();
            Random random = new Random(20261203L);
            LocalDate today = LocalDate.ofInstant(now, zone);
            LocalDate anomalyMonth = anomalyMonth(today);
            int n = 0;
            for (int back = DAYS; back >= 0; back--) {
                LocalDate day = today.minusDays(back);
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                int cases = (weekend ? 2 : 4) + random.nextInt(4);
                // the anomaly: a district's robot vacuums catch fire in one month
                boolean anomalyDay = day.withDayOfMonth(1).equals(anomalyMonth) && !day.isAfter(today);
                int planted = anomalyDay ? 1 + random.nextInt(2) : 0;
                for (int i = 0; i < cases + planted; i++) {
                    Instant received = day.atTime(8, 0).atZone(zone).toInstant()
                            .plus(Duration.ofMinutes(random.nextInt(12 * 60)));
                    if (received.isAfter(now)) {
                        continue;
                    }
                    boolean anomaly = i >= cases;
                    Subject subject = anomaly ? SUBJECTS.get(3) : subject(random, back);
                    Region region = anomaly ? REGIONS.stream().filter(r -> r.code().equals(ANOMALY_REGION)).findFirst().orElseThrow()
                            : pick(random);
                    n++;
                    add(new Rows(complaints, timeline, clocks, followUps), tenant, zone, departments, random, n, received, now, back, subject, region,
                            anomaly ? "扫地机器人充电时起火，烧坏了地板，差点引发火灾。" : subject.description());
                }
            }
            jdbc.batchUpdate("""
                    insert into complaints (id, tenant_id, case_number, version, consumer_name, consumer_phone, region_code,
                        region_name, subject_type, subject_name, description, expected_resolution, channel, received_at,
                        access_code_hash, status, category, complexity, urgency, department_id, assignee_user_id,
                        resolution, resolved_at, closed_at, round, created_by, created_at, updated_at, phone_key)
                    values (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)""", complaints);
            jdbc.batchUpdate("""
                    insert into timeline_events (id, tenant_id, complaint_id, event_type, actor, occurred_at, summary, changes)
                    values (?, ?, ?, 'RECEIVED', ?, ?, ?, ?)""", timeline);
            jdbc.batchUpdate("""
                    insert into sla_clocks (id, tenant_id, complaint_id, metric, policy_version, round, business_time, urgent,
                        state, started_at, due_at, warn_at, second_level_at, met_at, breached_at, paused_seconds, version)
                    values (?, ?, ?, 'RESOLUTION', 1, 1, true, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)""", clocks);
            jdbc.batchUpdate("""
                    insert into follow_ups (id, tenant_id, complaint_id, outcome, satisfaction, problem_solved, comment, round,
                        recorded_by, recorded_at)
                    values (?, ?, ?, 'SATISFIED', ?, true, null, 1, ?, ?)""", followUps);
            if (indexed) {
                // written straight to the tables: the search index learns of them through the outbox, like any change
                searchOutbox.addAllOf(tenant);
            }
            log.info("seeded the demo tenant's history tenant={} cases={} days={}", tenant, complaints.size(), DAYS);
        });
    }

    /** The rows a seeded case adds to each table. */
    private record Rows(List<Object[]> complaints, List<Object[]> timeline, List<Object[]> clocks, List<Object[]> followUps) {
    }

    private void add(Rows rows, String tenant, ZoneId zone,
                     Map<String, UUID> departments, Random random, int n, Instant received, Instant now, int daysBack, Subject subject, Region region,
                     String description) {
        UUID id = UUID.nameUUIDFromBytes((tenant + "-history-" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        boolean closed = daysBack > 7;
        String status = closed ? (random.nextInt(40) == 0 ? "REJECTED" : "CLOSED")
                : daysBack <= 1 && random.nextBoolean() ? "RECEIVED" : OPEN[random.nextInt(OPEN.length)];
        boolean triaged = !status.equals("RECEIVED") && !status.equals("REJECTED");
        String departmentCode = DEPARTMENT_OF.get(subject.category());
        boolean routed = triaged && !status.equals("TRIAGED");
        UUID department = routed ? departments.get(departmentCode) : null;
        String[] agents = AGENTS.get(departmentCode);
        String assignee = routed ? agents[random.nextInt(agents.length)] : null;
        Instant resolvedAt = closed || status.equals("FOLLOW_UP_PENDING")
                ? min(received.plus(Duration.ofHours(6 + random.nextInt(8 * 24))), now) : null;
        Instant closedAt = closed ? min(resolvedAt.plus(Duration.ofHours(24 + random.nextInt(72))), now) : null;
        String urgency = triaged ? (subject.category().equals("LEGAL_DISPUTE") || random.nextInt(12) == 0 ? "URGENT" : "NORMAL") : null;
        Instant updated = closedAt != null ? closedAt : resolvedAt != null ? resolvedAt : received;
        String caseNumber = "DEMO-H" + received.atZone(zone).toLocalDate().toString().replace("-", "")
                + "-" + String.format("%04d", n);
        rows.complaints().add(new Object[] {id, tenant, caseNumber, name, phone, region.code(), region.name(), subject.type(),
                subject.name(), description, subject.type().equals("PRODUCT") ? "换货或退款" : "尽快处理并给出说明", channel,
                ts(received), noAccessCode(id),
                status, triaged ? subject.category() : null, triaged ? (random.nextInt(4) == 0 ? "COMPLEX" : "GENERAL") : null,
                urgency, department, assignee, resolvedAt == null ? null : "已为消费者" + (subject.type().equals("PRODUCT") ? "更换新品" : "妥善处理"),
                ts(resolvedAt), ts(closedAt), "demo-history", ts(received), ts(updated), phone});
        if (resolvedAt != null && triaged) {
            decided(rows, tenant, id, received, resolvedAt, closedAt, "URGENT".equals(urgency), assignee);
        }
        rows.timeline().add(new Object[] {UUID.nameUUIDFromBytes((id + "-received").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                tenant, id, "demo-history", ts(received), "received via " + channel,
                json.writeValueAsString(List.of(FieldChange.of("status", null, "RECEIVED"), FieldChange.of("channel", null, channel)))});
    }

    /**
     * A resolved case's resolution deadline (five working days as about a week, three for urgent cases) met when it was
     * resolved, and for most closed cases the consumer's score; from a random of the case's own, so the cases
     * themselves stay what they were.
     */
    private static void decided(Rows rows, String tenant, UUID id, Instant received, Instant resolvedAt, Instant closedAt,
                                boolean urgent, String assignee) {
        Random random = new Random(id.getMostSignificantBits() ^ id.getLeastSignificantBits());
        Instant due = received.plus(Duration.ofDays(urgent ? 3 : 7));
        Instant warn = received.plus(Duration.ofHours(urgent ? 54 : 126));
        rows.clocks().add(new Object[] {UUID.nameUUIDFromBytes((id + "-resolution").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                tenant, id, urgent, resolvedAt.isAfter(due) ? "BREACHED" : "MET", ts(received), ts(due), ts(warn),
                ts(due.plus(Duration.ofHours(24))), ts(resolvedAt), ts(resolvedAt.isAfter(due) ? due : null)});
        if (closedAt != null && random.nextInt(10) < 8) {
            // closed, so satisfied (a score at or below the default threshold of 3 would have reopened the case):
            // 4 or 5, and no 5 when the answer came late
            int score = resolvedAt.isAfter(due) ? 4 : 4 + random.nextInt(2);
            rows.followUps().add(new Object[] {UUID.nameUUIDFromBytes((id + "-follow-up").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    tenant, id, score, assignee == null ? "demo-history" : assignee, ts(closedAt)});
        }
    }

    /** Most subjects steady; the kettle's complaints grow month by month (a recurring problem in the making). */
    private static Subject subject(Random random, int daysBack) {
        if (random.nextInt(100) < Math.max(2, 14 - daysBack / 15)) {
            return SUBJECTS.getFirst();
        }
        return SUBJECTS.get(1 + random.nextInt(SUBJECTS.size() - 1));
    }

    private static Region pick(Random random) {
        int total = REGIONS.stream().mapToInt(Region::weight).sum();
        int r = random.nextInt(total);
        for (Region region : REGIONS) {
            r -= region.weight();
            if (r < 0) {
                return region;
            }
        }
        return REGIONS.getLast();
    }

    /** The history has no access codes: a hash no code matches (the consumer's page finds none of them). */
    private static String noAccessCode(UUID id) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("demo-history:" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
