package com.complaints.core.notification;

/**
 * Where notifications for staff go (the port). The default adapter writes them to the transactional outbox, from
 * which notifier plugins deliver them; a notification is therefore committed with the change that caused it.
 */
public interface StaffNotifications {

    void send(StaffNotification notification);
}
