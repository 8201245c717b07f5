package com.complaints.core.notification;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes staff notifications to the outbox in the caller's transaction. */
@Component
class OutboxStaffNotifications implements StaffNotifications {

    private final OutboxRepository outbox;
    private final JsonMapper json;
    private final Clock clock;

    OutboxStaffNotifications(OutboxRepository outbox, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(StaffNotification notification) {
        outbox.save(new OutboxEntry(notification, json.writeValueAsString(notification.variables()), clock.instant()));
    }
}
