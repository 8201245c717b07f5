package com.complaints.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessCodesUnitTest {

    private final AccessCodes codes = new AccessCodes();

    @Test
    void codesCarryAtLeast80BitsAndAreUnique() {
        String code = codes.generate();
        // 32 symbols = 5 bits each
        assertThat(code.length() * 5).isGreaterThanOrEqualTo(80);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(codes.generate())).isTrue();
        }
    }

    @Test
    void onlyTheHashIsKeptAndMatchesTheCode() {
        String code = codes.generate();
        String hash = codes.hash(code);
        assertThat(hash).doesNotContain(code).hasSize(64);
        assertThat(codes.matches(code, hash)).isTrue();
        assertThat(codes.matches(code.toLowerCase(), hash)).isTrue();
        assertThat(codes.matches(codes.generate(), hash)).isFalse();
        assertThat(codes.matches(null, hash)).isFalse();
    }
}
