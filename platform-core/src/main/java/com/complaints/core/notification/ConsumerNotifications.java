package com.complaints.core.notification;

/**
 * Where notifications for consumers go (the port): into the transactional outbox of the caller's transaction, from
 * which notifier plugins deliver them after commit.
 */
public interface ConsumerNotifications {

    void send(ConsumerNotification notification);
}
