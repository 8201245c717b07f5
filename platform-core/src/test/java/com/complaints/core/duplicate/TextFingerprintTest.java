package com.complaints.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    private static long[] bands(String text) {
        return TextFingerprint.bands(TextSimilarity.tokens(text));
    }

    private static boolean shareABand(String a, String b) {
        Set<Long> x = new HashSet<>();
        Arrays.stream(bands(a)).forEach(x::add);
        return Arrays.stream(bands(b)).anyMatch(x::contains);
    }

    @Test
    void theSameTextHasTheSameBandsAndNoTextHasNone() {
        assertThat(bands("电热水壶底座漏电，接触有麻手感。")).hasSize(TextFingerprint.BANDS)
                .containsExactly(bands("电热水壶底座漏电，接触有麻手感。"));
        assertThat(bands("，。！")).isEmpty();
    }

    @Test
    void everyTextOnlyDuplicateOfTheLabelledFixtureSharesABand() {
        for (DuplicateDetectionPrecisionTest.Pair p : DuplicateDetectionPrecisionTest.FIXTURE) {
            if (TextSimilarity.jaccard(p.a(), p.b()) >= DuplicateScore.TEXT_ONLY) {
                assertThat(shareABand(p.a(), p.b())).as(p.a() + " / " + p.b()).isTrue();
            }
        }
    }

    @Test
    void theShareOfPairsFoundFollowsTheBandingCurve() {
        // 400 pairs of shingle sets with a known Jaccard similarity each; the curve 1 - (1 - s^3)^16 says 0.98 at
        // 0.6, 0.99999 at 0.9, 0.016 at 0.1
        assertThat(foundShare(60, 20)).isGreaterThan(0.95);
        assertThat(foundShare(90, 5)).isGreaterThan(0.99);
        assertThat(foundShare(18, 81)).isLessThan(0.05);
    }

    /** Pairs of sets sharing {@code common} shingles, each with {@code own} more of its own: Jaccard common / (common + 2 own). */
    private static double foundShare(int common, int own) {
        int pairs = 400;
        long found = IntStream.range(0, pairs).filter(p -> {
            Set<String> a = new HashSet<>();
            Set<String> b = new HashSet<>();
            for (int i = 0; i < common; i++) {
                a.add(p + "c" + i);
                b.add(p + "c" + i);
            }
            for (int i = 0; i < own; i++) {
                a.add(p + "a" + i);
                b.add(p + "b" + i);
            }
            Set<Long> x = new HashSet<>();
            Arrays.stream(TextFingerprint.bands(a)).forEach(x::add);
            return Arrays.stream(TextFingerprint.bands(b)).anyMatch(x::contains);
        }).count();
        return (double) found / pairs;
    }
}
