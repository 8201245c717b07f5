package com.complaints.core.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.complaints.core.notification.NotificationOutcome;
import com.complaints.core.sla.ClockMetric;
import com.complaints.core.sla.SlaClockEvent;

class OperationalMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final OperationalMetrics metrics = new OperationalMetrics(meters);

    @AfterEach
    void clearSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void everySeriesIsThereAtZeroBeforeTheFirstEvent() {
        assertThat(meters.find("complaints.sla.breaches").counters()).hasSize(ClockMetric.values().length)
                .allSatisfy(c -> assertThat(c.count()).isZero());
        assertThat(meters.find("complaints.notifications.outcomes").counters()).hasSize(2);
    }

    @Test
    void aBreachCountsOnceItsTransactionCommitted() {
        TransactionSynchronizationManager.initSynchronization();
        metrics.on(breach(SlaClockEvent.Kind.SLA_BREACHED, ClockMetric.FIRST_CONTACT));
        metrics.on(breach(SlaClockEvent.Kind.SLA_WARNING, ClockMetric.FIRST_CONTACT));
        assertThat(breaches("first_contact")).as("before the commit").isZero();

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(breaches("first_contact")).isEqualTo(1);
        assertThat(breaches("resolution")).isZero();
    }

    @Test
    void aRolledBackOutcomeIsNotCounted() {
        TransactionSynchronizationManager.initSynchronization();
        metrics.on(outcome(false));
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        assertThat(outcomes("dead")).isZero();
    }

    @Test
    void withoutATransactionTheOutcomeCountsAtOnce() {
        metrics.on(outcome(true));
        metrics.on(outcome(false));
        assertThat(outcomes("delivered")).isEqualTo(1);
        assertThat(outcomes("dead")).isEqualTo(1);
    }

    private double breaches(String metric) {
        return meters.get("complaints.sla.breaches").tag("metric", metric).counter().count();
    }

    private double outcomes(String outcome) {
        return meters.get("complaints.notifications.outcomes").tag("outcome", outcome).counter().count();
    }

    private static SlaClockEvent breach(SlaClockEvent.Kind kind, ClockMetric metric) {
        return new SlaClockEvent("t", UUID.randomUUID(), "T-1", kind, metric, Instant.now(), "due", List.of(),
                UUID.randomUUID(), false);
    }

    private static NotificationOutcome outcome(boolean delivered) {
        return new NotificationOutcome(UUID.randomUUID(), delivered, Instant.now(), "x", List.of(), UUID.randomUUID());
    }
}
