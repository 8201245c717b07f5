package com.complaints.core.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** What every {@link DeadlineTimers} adapter must do; each adapter runs it through a subclass. */
abstract class DeadlineTimersContract {


    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    /** A fresh, empty index. */
    protected abstract DeadlineTimers index();

    private static TimerKey key(String tenant) {
        return new TimerKey(tenant, UUID.randomUUID(), 1);
    }

    @Test
    void claimsOnlyDueEntriesEarliestFirst() {
        DeadlineTimers index = index();
        TimerKey late = key("acme");
        TimerKey early = key("acme");
        TimerKey future = key("globex");
        index.schedule(late, T0.plusSeconds(10));
        index.schedule(early, T0.plusSeconds(5));
        index.schedule(future, T0.plusSeconds(3600));
        assertThat(index.claimDue(T0, 10)).isEmpty();
        assertThat(index.claimDue(T0.plusSeconds(30), 10)).containsExactly(early, late);
        assertThat(index.claimDue(T0.plusSeconds(30), 10)).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void respectsTheBatchSize() {
        DeadlineTimers index = index();
        for (int i = 0; i < 25; i++) {
            index.schedule(key("acme"), T0.plusSeconds(i));
        }
        assertThat(index.claimDue(T0.plusSeconds(100), 10)).hasSize(10);
        assertThat(index.claimDue(T0.plusSeconds(100), 10)).hasSize(10);
        assertThat(index.claimDue(T0.plusSeconds(100), 10)).hasSize(5);
    }

    @Test
    void schedulingTheSameEntryTwiceKeepsOneAtTheLaterCall() {
        DeadlineTimers index = index();
        TimerKey k = key("acme");
        index.schedule(k, T0);
        index.schedule(k, T0.plusSeconds(60));
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.claimDue(T0.plusSeconds(30), 10)).isEmpty();
        assertThat(index.claimDue(T0.plusSeconds(60), 10)).containsExactly(k);
    }

    @Test
    void versionsAreDistinctEntries() {
        DeadlineTimers index = index();
        UUID id = UUID.randomUUID();
        index.schedule(new TimerKey("acme", id, 1), T0);
        index.schedule(new TimerKey("acme", id, 2), T0);
        assertThat(index.claimDue(T0, 10)).extracting(TimerKey::version).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void concurrentClaimersNeverGetTheSameEntry() throws Exception {
        DeadlineTimers index = index();
        List<DeadlineTimers.Scheduled> all = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            all.add(new DeadlineTimers.Scheduled(key("t" + (i % 7)), T0.plusMillis(i)));
        }
        index.scheduleAll(all);
        Set<TimerKey> claimed = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        for (int w = 0; w < 4; w++) {
            pool.execute(() -> {
                try {
                    start.await();
                    List<TimerKey> batch;
                    while (!(batch = index.claimDue(T0.plusSeconds(10), 37)).isEmpty()) {
                        batch.forEach(k -> {
                            if (!claimed.add(k)) {
                                duplicates.incrementAndGet();
                            }
                        });
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(duplicates.get()).isZero();
        assertThat(claimed).hasSize(2000);
        assertThat(index.size()).isZero();
    }
}
