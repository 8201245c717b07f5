package com.complaints.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSimilarityUnitTest {

    @Test
    void chineseRewordingsAreSimilarUnrelatedTextsAreNot() {
        double same = TextSimilarity.jaccard("电热水壶底座漏电，接触有麻手感。", "电热水壶底座漏电，一碰就有麻手的感觉！");
        double other = TextSimilarity.jaccard("电热水壶底座漏电，接触有麻手感。", "快递员态度恶劣，包裹被扔在门口。");
        assertThat(same).isGreaterThan(0.3);
        assertThat(other).isLessThan(0.1);
    }

    @Test
    void englishUsesWordShinglesAndIgnoresCaseAndPunctuation() {
        assertThat(TextSimilarity.jaccard("The kettle base leaks electricity!", "the kettle base leaks electricity"))
                .isEqualTo(1.0);
        assertThat(TextSimilarity.jaccard("The kettle base leaks electricity", "The courier was rude at the door"))
                .isZero();
        assertThat(TextSimilarity.jaccard("", "x")).isZero();
    }

    @Test
    void contactsAreNormalised() {
        assertThat(Contacts.phone("+86 138-0013-8000")).isEqualTo("13800138000");
        assertThat(Contacts.phone("0086 13800138000")).isEqualTo("13800138000");
        assertThat(Contacts.email(" Li@Example.COM ")).isEqualTo("li@example.com");
        assertThat(Contacts.reference("so-2026 1128")).isEqualTo("SO20261128");
    }
}
