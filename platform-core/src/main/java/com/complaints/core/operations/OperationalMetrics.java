package com.complaints.core.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.complaints.core.notification.NotificationOutcome;
import com.complaints.core.sla.ClockMetric;
import com.complaints.core.sla.SlaClockEvent;

/**
 * What the operators' dashboard and alerts count, once committed: SLA breaches ({@code complaints.sla.breaches}, by
 * clock metric: first contact, resolution, ...) and the notifications' final outcomes ({@code complaints.notifications.outcomes},
 * delivered or dead: a dead one is on a tenant's dead-letter list). No tenant tag: with thousands of tenants that
 * would be thousands of series; the per-tenant view is the tenant's own dashboard. Registered at zero from the start,
 * so that an alert on {@code increase(...)} sees the first one.
 *
 * <p>Counted in a plain after-commit callback, not a {@code @TransactionalEventListener}: Spring Modulith records every
 * such listener's events in its publication registry, which here cost two more transactions per event, each wanting a
 * second pooled connection while the committing thread still held its first (in the cluster drill, a burst of
 * notification outcomes held the whole pool that way for 30 s).
 */
@Component
class OperationalMetrics {

    private final MeterRegistry meters;
    private final Counter delivered;
    private final Counter dead;

    OperationalMetrics(MeterRegistry meters) {
        this.meters = meters;
        for (ClockMetric metric : ClockMetric.values()) {
            breaches(metric);
        }
        this.delivered = Counter.builder("complaints.notifications.outcomes").tag("outcome", "delivered")
                .description("notifications that reached their end: delivered, or dead (dead-letter list)").register(meters);
        this.dead = Counter.builder("complaints.notifications.outcomes").tag("outcome", "dead")
                .description("notifications that reached their end: delivered, or dead (dead-letter list)").register(meters);
    }

    private Counter breaches(ClockMetric metric) {
        return Counter.builder("complaints.sla.breaches").tag("metric", metric.name().toLowerCase())
                .description("SLA clocks that passed their deadline unmet").register(meters);
    }

    @EventListener
    void on(SlaClockEvent event) {
        if (event.kind() == SlaClockEvent.Kind.SLA_BREACHED) {
            afterCommit(breaches(event.metric())::increment);
        }
    }

    @EventListener
    void on(NotificationOutcome outcome) {
        afterCommit((outcome.delivered() ? delivered : dead)::increment);
    }

    /** Counts once the transaction that published the event committed (at once when there is none). */
    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
