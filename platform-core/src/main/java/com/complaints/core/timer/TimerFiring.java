package com.complaints.core.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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

    TimerFiring(DeadlineTimerRepository timers, DeadlineTimers index, TenantContext tenantContext,
                TransactionTemplate transactions, List<TimerHandler> handlers, TimerProperties properties, Clock clock,
                ObjectProvider<MeterRegistry> meters) {
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

    /** @return whether this call fired the timer */
    boolean fire(TimerKey key) {
        try {
            FiredTimer fired = tenantContext.callAs(key.tenant(), () -> transactions.execute(tx -> {
                Instant now = clock.instant();
                if (timers.fire(key.timerId(), key.version(), now) != 1) {
                    return null;
                }
                DeadlineTimer t = timers.findById(key.timerId()).orElseThrow();
                FiredTimer timer = new FiredTimer(t.id(), key.tenant(), t.purpose(), t.kind(), t.subjectId(),
                        t.complaintId(), t.dueAt(), now);
                TimerHandler handler = handlers.get(t.purpose());
                if (handler == null) {
                    throw new IllegalStateException("no handler for timers of purpose " + t.purpose());
                }
                handler.fire(timer);
                return timer;
            }));
            if (fired != null && lateness != null) {
                lateness.record(Duration.between(fired.dueAt(), fired.firedAt()).abs());
            }
            return fired != null;
        } catch (RuntimeException e) {
            log.error("timer effect failed, retrying later tenant={} timer={}", key.tenant(), key.timerId(), e);
            index.schedule(key, clock.instant().plus(properties.retryDelay()));
            return false;
        }
    }
}
