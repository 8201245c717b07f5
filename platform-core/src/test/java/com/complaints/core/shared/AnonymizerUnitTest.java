package com.complaints.core.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

public final class AnonymizerUnitTest {

    @Test
    void chineseTextsLoseNamesPhonesIdsAndAddresses() {
        String text = "王芳女士（身份证 310101199003074512）来电 138 0013 8000，也可打 021-64381234，"
                + "住上海市浦东新区世纪大道100号3栋，邮箱 wang.fang@example.com。王女士说小王的冰箱不制冷。";
        String masked = Anonymizer.mask(text, "王芳", "上海市浦东新区世纪大道100号");
        assertThat(masked).doesNotContain("王芳", "310101199003074512", "138 0013 8000", "021-64381234", "世纪大道100号",
                "wang.fang@example.com", "王女士", "小王");
        assertThat(masked).contains(Anonymizer.NAME, Anonymizer.ID, Anonymizer.PHONE, Anonymizer.ADDRESS, Anonymizer.EMAIL,
                "的冰箱不制冷");
    }

    @Test
    void englishTextsLoseNamesPhonesEmailsAndAddresses() {
        String text = "Ann Lee (+44 20 7946 0958, ann.lee@mail.example.com) lives at 221 Baker Street. "
                + "Lee says her card 4111111111111111 was charged twice.";
        String masked = Anonymizer.mask(text, "Ann Lee", null);
        assertThat(masked).doesNotContain("Ann", "Lee", "7946", "ann.lee@", "221 Baker Street", "4111111111111111");
        assertThat(masked).contains("was charged twice", Anonymizer.NUMBER);
    }

    @Test
    void ordinaryNumbersAndWordsStay() {
        String text = "订单 7781 延误 3 天，型号 BCD-520，金额 2999 元。";
        assertThat(Anonymizer.mask(text, "张三", null)).isEqualTo(text);
    }
}
