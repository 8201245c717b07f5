package com.complaints.core.live;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.complaints.core.complaint.ComplaintEvent;

/**
 * Tells the live feed of every case change once its transaction has committed (a rolled-back change is never
 * shown). Best effort and in memory: a screen that misses one catches up when it reconnects or refreshes; it keeps
 * no row in the event publication registry.
 */
@Component
class LiveChangePublisher {

    private final LiveFeed feed;

    LiveChangePublisher(LiveFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void on(ComplaintEvent event) {
        var s = event.state();
        LiveChange change = new LiveChange(event.at().toEpochMilli(), s.tenant(), s.complaintId(), s.caseNumber(),
                event.timelineType(), s.status(), s.version(), s.departmentId(), s.assigneeUserId(), s.createdBy(),
                event.actor().recorded(), event.at());
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
