package com.complaints.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ShortLivedCacheUnitTest {

    @Test
    void keepsAValueUntilItIsInvalidatedOrExpires() throws InterruptedException {
        AtomicInteger loads = new AtomicInteger();
        ShortLivedCache<String, Integer> kept = new ShortLivedCache<>(Duration.ofMinutes(1));
        assertThat(kept.get("a", k -> loads.incrementAndGet())).isEqualTo(1);
        assertThat(kept.get("a", k -> loads.incrementAndGet())).isEqualTo(1);
        kept.invalidate("a");
        assertThat(kept.get("a", k -> loads.incrementAndGet())).isEqualTo(2);

        ShortLivedCache<String, Integer> brief = new ShortLivedCache<>(Duration.ofMillis(1));
        brief.get("b", k -> loads.incrementAndGet());
        Thread.sleep(5);
        assertThat(brief.get("b", k -> loads.incrementAndGet())).isEqualTo(4);
    }

    @Test
    void anAbsentValueIsNotKept() {
        AtomicInteger loads = new AtomicInteger();
        ShortLivedCache<String, Integer> cache = new ShortLivedCache<>(Duration.ofMinutes(1));
        assertThat(cache.get("x", k -> {
            loads.incrementAndGet();
            return null;
        })).isNull();
        assertThat(cache.get("x", k -> loads.incrementAndGet())).isEqualTo(2);
    }
}
