package com.complaints.core.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.persistence.CaseLocks;
import com.complaints.core.tenancy.TenantContext;

/**
 * Fires one claimed timer: the conditional update and the handler's effect in one transaction of the timer's
 * tenant. A duplicate or stale claim updates nothing and fires nothing; a failing effect rolls back and the timer
 * goes back into the index for a later try.
 */
@Component
class TimerFiring {

    private static final Logger log = LoggerFactory.getLogger(TimerFiring.class);

    private final DeadlineTimerRepository timers;
    private final DeadlineTimers index;
    private final TenantContext tenantContext;
    private final TransactionTemplate transactions;
    private final Map<String, TimerHandler> handlers;
    private final TimerProperties properties;
    private final Clock clock;
    private final Timer lateness;

    private final CaseLocks caseLocks;

    TimerFiring(DeadlineTimerRepository timers, DeadlineTimers index, TenantContext tenantContext,
                TransactionTemplate transactions, List<TimerHandler> handlers, TimerProperties properties, Clock clock,
                ObjectProvider<MeterRegistry> meters, CaseLocks caseLocks) {
        this.caseLocks = caseLocks;
        this.timers = timers;
        this.index = index;
        this.tenantContext = tenantContext;
        this.transactions = transactions;
        this.handlers = handlers.stream().collect(Collectors.toMap(TimerHandler::purpose, Function.identity()));
        this.properties = properties;
        this.clock = clock;
        MeterRegistry registry = meters.getIfAvailable();
        this.lateness = registry == null ? null : Timer.builder("complaints.timers.lateness")
                .description("fired at minus due at").publishPercentileHistogram().register(registry);
    }

    /**
     * Fires timers of one tenant in one transaction (the common case: many timers due at once). If any effect
     * fails, the batch rolls back and its timers are fired one by one, so one bad effect holds back no other.
     *
     * @return how many of the timers this call fired
     */
    int fireAll(String tenant, List<TimerKey> keys) {
        if (keys.size() == 1) {
            return fire(keys.getFirst()) ? 1 : 0;
        }
        try {
            List<FiredTimer> fired = tenantContext.callAs(tenant, () -> transactions.execute(tx -> {
                Instant now = clock.instant();
                // the cases first, as staff actions lock them: one lock order, no deadlock
                caseLocks.lock(timers.complaintIdsOf(keys.stream().map(TimerKey::timerId).toList()));
                List<UUID> won = new ArrayList<>();
                for (TimerKey key : keys) {
                    if (timers.fire(key.timerId(), key.version(), now) == 1) {
                        won.add(key.timerId());
                    }
                }
                List<FiredTimer> done = new ArrayList<>();
                for (DeadlineTimer t : timers.findAllById(won)) {
                    done.add(applyEffect(t, tenant, now));
                }
                return done;
            }));
            fired.forEach(this::recordLateness);
            return fired.size();
        } catch (RuntimeException e) {
            int count = 0;
            for (TimerKey key : keys) {
                if (fire(key)) {
                    count++;
                }
            }
            return count;
        }
    }

    /** @return whether this call fired the timer */
    boolean fire(TimerKey key) {
        try {
            FiredTimer fired = tenantContext.callAs(key.tenant(),
                    () -> transactions.execute(tx -> fireInTransaction(key, clock.instant())));
            if (fired != null) {
                recordLateness(fired);
            }
            return fired != null;
        } catch (RuntimeException e) {
            log.error("timer effect failed, retrying later tenant={} timer={}", key.tenant(), key.timerId(), e);
            index.schedule(key, clock.instant().plus(properties.retryDelay()));
            return false;
        }
    }

    /** The conditional update and the effect; {@code null} when this key fires nothing (stale or duplicate). */
    private FiredTimer fireInTransaction(TimerKey key, Instant now) {
        caseLocks.lock(timers.complaintIdsOf(List.of(key.timerId())));
        if (timers.fire(key.timerId(), key.version(), now) != 1) {
            return null;
        }
        return applyEffect(timers.findById(key.timerId()).orElseThrow(), key.tenant(), now);
    }

    /** Hands a timer this transaction has just fired to its handler. */
    private FiredTimer applyEffect(DeadlineTimer t, String tenant, Instant now) {
        FiredTimer timer = new FiredTimer(t.id(), tenant, t.purpose(), t.kind(), t.subjectId(),
                t.complaintId(), t.dueAt(), now);
        TimerHandler handler = handlers.get(t.purpose());
        if (handler == null) {
            throw new IllegalStateException("no handler for timers of purpose " + t.purpose());
        }
        handler.fire(timer);
        return timer;
    }

    private void recordLateness(FiredTimer fired) {
        if (lateness != null) {
            lateness.record(Duration.between(fired.dueAt(), fired.firedAt()).abs());
        }
    }
}
