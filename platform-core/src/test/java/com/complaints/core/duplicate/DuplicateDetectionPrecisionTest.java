package com.complaints.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Precision and recall of duplicate detection on a labelled fixture of complaint pairs (Chinese and English):
 * true duplicates (the same problem told twice, by the same person or about the same order) and look-alikes that
 * are not (same person, different problem; same product, different people).
 */
class DuplicateDetectionPrecisionTest {

    record Pair(String a, String b, boolean samePhone, boolean sameEmail, boolean sameReference, boolean duplicate) {
    }

    static final List<Pair> FIXTURE = List.of(
            // duplicates
            new Pair("电热水壶底座漏电，接触有麻手感，要求退货。", "热水壶底座漏电，一碰就麻手，我要退货！", true, false, false, true),
            new Pair("订单SO123的冰箱不制冷，已经三天了。", "冰箱买回来不制冷，订单SO123，请尽快处理", false, false, true, true),
            new Pair("快递员态度恶劣，把包裹扔在门口就走了。", "快递员态度很差，包裹直接扔门口", true, false, false, true),
            new Pair("The washing machine leaks water from the bottom after every cycle.",
                    "Washing machine leaks water from the bottom after each cycle, please help", false, true, false, true),
            new Pair("My order SO-991 arrived damaged, the screen is cracked.",
                    "Order SO-991 arrived with a cracked screen", false, true, true, true),
            new Pair("空调外机噪音很大，晚上无法入睡。", "空调外机噪音太大了，晚上根本睡不着", true, false, false, true),
            new Pair("会员积分被无故清零，客服电话一直打不通。", "我的会员积分被清零了，客服电话打不通", false, true, false, true),
            new Pair("The courier was rude and refused to deliver to my door.",
                    "The courier was rude and refused to deliver to the door", false, false, false, true),
            new Pair("手机充电时发烫严重，担心会爆炸。", "手机一充电就严重发烫，怕爆炸", true, false, false, true),
            new Pair("Refund for order 7781 has not arrived after two weeks.",
                    "Still no refund for order 7781 after two weeks", false, true, true, true),
            new Pair("燃气灶打不着火，点火器坏了。", "燃气灶点火器坏了，打不着火", true, true, false, true),
            new Pair("外卖送错了，少了一份米饭。", "外卖送错，少一份米饭", true, false, false, true),
            // not duplicates: same person, different problem
            new Pair("电热水壶底座漏电，接触有麻手感。", "上次买的电饭煲内胆涂层脱落了。", true, false, false, false),
            new Pair("The washing machine leaks water from the bottom.", "The dryer makes a loud banging noise.", false, true, false, false),
            new Pair("快递员态度恶劣，包裹被扔在门口。", "发票开错了抬头，需要重开。", true, false, false, false),
            new Pair("My order arrived damaged.", "I want to change my delivery address for next month.", false, true, false, false),
            new Pair("会员积分被无故清零。", "门店的营业时间和网上写的不一样。", true, false, false, false),
            // not duplicates: similar topic, different people and orders
            new Pair("空调外机噪音很大。", "空调制冷效果差，温度降不下来。", false, false, false, false),
            new Pair("The courier was rude.", "The courier was late by two days.", false, false, false, false),
            new Pair("冰箱不制冷。", "冰箱门关不严，有异响。", false, false, false, false),
            new Pair("手机屏幕有坏点。", "手机电池续航太短。", false, false, false, false),
            new Pair("Refund has not arrived.", "The product does not match the description.", false, false, false, false),
            new Pair("燃气灶打不着火。", "燃气灶火焰发黄，有燃气味。", false, false, false, false),
            new Pair("外卖送错了。", "外卖送到时已经凉了，包装破损。", false, false, false, false));

    @Test
    void detectsDuplicatesWithHighPrecisionAndRecall() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Pair p : FIXTURE) {
            boolean likely = DuplicateScore.of(p.samePhone(), p.sameEmail(), p.sameReference(),
                    TextSimilarity.jaccard(p.a(), p.b())).likely();
            if (likely && p.duplicate()) {
                tp++;
            } else if (likely) {
                fp++;
            } else if (p.duplicate()) {
                fn++;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("duplicate detection on %d pairs: precision %.2f, recall %.2f (tp=%d fp=%d fn=%d)%n",
                FIXTURE.size(), precision, recall, tp, fp, fn);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.8);
    }
}
