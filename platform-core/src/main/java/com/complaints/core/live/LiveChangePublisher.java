package com.complaints.core.live;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.complaints.core.complaint.CaseState;
import com.complaints.core.complaint.ComplaintEvent;
import com.complaints.core.complaint.SystemActions;
import com.complaints.core.sla.SlaClockEvent;

/**
 * Tells the live feed of every case change, and of every deadline that warned, breached or escalated, once its
 * transaction has committed (a rolled-back change is never shown): the at-risk and breached queues move as the
 * clocks do. Best effort and in memory: a screen that misses one catches up when it reconnects or refreshes; it keeps
 * no row in the event publication registry.
 */
@Component
class LiveChangePublisher {

    private final LiveFeed feed;
    private final SystemActions complaints;

    LiveChangePublisher(LiveFeed feed, SystemActions complaints) {
        this.feed = feed;
        this.complaints = complaints;
    }

    @EventListener
    void on(ComplaintEvent event) {
        afterCommit(change(event.state(), event.timelineType(), event.actor().recorded(), event.at()));
    }

    /** A deadline timer fired (in the timer's tenant transaction): the case as it stands, with the clock's news. */
    @EventListener
    void on(SlaClockEvent event) {
        complaints.state(event.complaintId()).ifPresent(s ->
                afterCommit(change(s, event.timelineType(), event.actor().recorded(), event.at())));
    }

    private static LiveChange change(CaseState s, String type, String actor, java.time.Instant at) {
        return new LiveChange(at.toEpochMilli(), s.tenant(), s.complaintId(), s.caseNumber(), type, s.status(),
                s.version(), s.departmentId(), s.assigneeUserId(), s.createdBy(), actor, at);
    }

    private void afterCommit(LiveChange change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    feed.publish(change);
                }
            });
        } else {
            feed.publish(change);
        }
    }
}
