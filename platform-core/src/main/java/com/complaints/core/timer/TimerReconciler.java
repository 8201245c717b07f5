package com.complaints.core.timer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;

/**
 * Puts pending timers from PostgreSQL back into the index: all of them at start-up, then periodically those due
 * within the horizon. Adding an entry twice is harmless, so every node may run it: a Redis flush, a failover or a
 * crashed node makes timers late, never lost.
 */
@Component
class TimerReconciler {

    private static final Logger log = LoggerFactory.getLogger(TimerReconciler.class);
    private static final int PAGE = 5000;
    /** Below every id in the database's (unsigned, bytewise) uuid order. */
    private static final UUID FIRST = new UUID(0L, 0L);

    private final DeadlineTimerRepository timers;
    private final DeadlineTimers index;
    private final TenantDirectory tenants;
    private final TenantContext tenantContext;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TimerReconciler(DeadlineTimerRepository timers, DeadlineTimers index, TenantDirectory tenants,
                    TenantContext tenantContext, TransactionTemplate transactions, Clock clock) {
        this.timers = timers;
        this.index = index;
        this.tenants = tenants;
        this.tenantContext = tenantContext;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param before restore timers due before this instant ({@link Instant#MAX}: all) */
    long reconcile(Instant before) {
        long restored = 0;
        for (var tenant : tenants.list()) {
            restored += tenantContext.callAs(tenant.slug(), () -> restore(before));
        }
        if (restored > 0) {
            log.debug("timer index reconciled entries={}", restored);
        }
        return restored;
    }

    private long restore(Instant before) {
        long count = 0;
        UUID after = FIRST;
        Instant limit = before.equals(Instant.MAX) ? Instant.parse("9999-12-31T00:00:00Z") : before;
        while (true) {
            UUID from = after;
            List<DeadlineTimers.Scheduled> page = transactions.execute(tx -> timers
                    .pendingDueBefore(limit, from, PageRequest.of(0, PAGE)).stream()
                    .map(t -> new DeadlineTimers.Scheduled(t.key(tenantContext.require()), t.dueAt())).toList());
            if (page.isEmpty()) {
                return count;
            }
            index.scheduleAll(page);
            count += page.size();
            after = page.getLast().key().timerId();
        }
    }

    Instant now() {
        return clock.instant();
    }
}
