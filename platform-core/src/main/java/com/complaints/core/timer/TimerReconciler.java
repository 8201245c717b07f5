package com.complaints.core.timer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.persistence.PendingTimers;

/**
 * Puts pending timers from PostgreSQL back into the index: all of them at start-up, then periodically those due
 * within the horizon — of all tenants in one query per page ({@link PendingTimers}), not one per tenant. Adding an entry twice is harmless, so every node may run it: a Redis flush, a failover or a
 * crashed node makes timers late, never lost.
 */
@Component
class TimerReconciler {

    private static final Logger log = LoggerFactory.getLogger(TimerReconciler.class);
    private static final int PAGE = 5000;
    /** Below every id in the database's (unsigned, bytewise) uuid order. */
    private static final UUID FIRST = new UUID(0L, 0L);

    private final PendingTimers pending;
    private final DeadlineTimers index;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TimerReconciler(PendingTimers pending, DeadlineTimers index, TransactionTemplate transactions, Clock clock) {
        this.pending = pending;
        this.index = index;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param before restore timers due before this instant ({@link Instant#MAX}: all) */
    long reconcile(Instant before) {
        long restored = 0;
        UUID after = FIRST;
        Instant limit = before.equals(Instant.MAX) ? Instant.parse("9999-12-31T00:00:00Z") : before;
        while (true) {
            UUID from = after;
            List<DeadlineTimers.Scheduled> page = transactions.execute(tx -> pending.dueBefore(limit, from, PAGE).stream()
                    .map(t -> new DeadlineTimers.Scheduled(new TimerKey(t.tenantId(), t.id(), t.version()), t.dueAt()))
                    .toList());
            if (page.isEmpty()) {
                break;
            }
            index.scheduleAll(page);
            restored += page.size();
            after = page.getLast().key().timerId();
        }
        if (restored > 0) {
            log.debug("timer index reconciled entries={}", restored);
        }
        return restored;
    }

    Instant now() {
        return clock.instant();
    }
}
