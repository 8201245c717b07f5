package com.complaints.core.notification;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.complaints.core.plugin.NotificationEventCatalogue;

/** The events notifier instances may subscribe to. */
@Component
class NotificationEvents implements NotificationEventCatalogue {

    @Override
    public Set<String> events() {
        return NotificationEvent.names();
    }
}
