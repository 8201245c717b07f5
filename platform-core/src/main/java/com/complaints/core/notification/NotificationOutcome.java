package com.complaints.core.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.complaints.core.shared.Actor;
import com.complaints.core.timeline.FieldChange;
import com.complaints.core.timeline.TimelineRecord;

/** A notification about a case reached its end: delivered, or given up. The reference is the delivery. */
public record NotificationOutcome(UUID complaintId, boolean delivered, Instant at, String summary,
                                  List<FieldChange> changes, UUID deliveryId) implements TimelineRecord {

    @Override
    public String timelineType() {
        return delivered ? "NOTIFICATION_DELIVERED" : "NOTIFICATION_FAILED";
    }

    @Override
    public Actor actor() {
        return Actor.system();
    }

    @Override
    public UUID referenceId() {
        return deliveryId;
    }
}
