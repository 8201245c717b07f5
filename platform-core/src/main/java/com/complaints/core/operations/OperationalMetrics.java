package com.complaints.core.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.complaints.core.notification.NotificationOutcome;
import com.complaints.core.sla.ClockMetric;
import com.complaints.core.sla.SlaClockEvent;

/**
 * What the operators' dashboard and alerts count, once committed: SLA breaches ({@code complaints.sla.breaches}, by
 * clock metric: first contact, resolution, ...) and the notifications' final outcomes ({@code complaints.notifications.outcomes},
 * delivered or dead: a dead one is on a tenant's dead-letter list). No tenant tag: with thousands of tenants that
 * would be thousands of series; the per-tenant view is the tenant's own dashboard. Registered at zero from the start,
 * so that an alert on {@code increase(...)} sees the first one.
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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SlaClockEvent event) {
        if (event.kind() == SlaClockEvent.Kind.SLA_BREACHED) {
            breaches(event.metric()).increment();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(NotificationOutcome outcome) {
        (outcome.delivered() ? delivered : dead).increment();
    }
}
