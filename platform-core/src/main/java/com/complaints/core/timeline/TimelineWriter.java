package com.complaints.core.timeline;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.complaints.core.shared.ListenerOrder;

/**
 * The one writer of the timeline: every {@link TimelineRecord} published in a transaction becomes an entry in that
 * transaction, first of all listeners ({@link ListenerOrder#TIMELINE}), so what reacts to the event already sees it.
 */
@Component
class TimelineWriter {

    private final Timeline timeline;

    TimelineWriter(Timeline timeline) {
        this.timeline = timeline;
    }

    @EventListener
    @Order(ListenerOrder.TIMELINE)
    void on(TimelineRecord record) {
        timeline.append(record.complaintId(), record.timelineType(), record.actor().recorded(), record.at(),
                record.summary(), record.changes() == null ? java.util.List.of() : record.changes(), record.referenceId());
    }
}
