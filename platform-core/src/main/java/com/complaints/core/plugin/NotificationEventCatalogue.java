package com.complaints.core.plugin;

import java.util.Set;

/** The notification events a notifier instance may subscribe to (provided by the notification feature). */
public interface NotificationEventCatalogue {

    Set<String> events();
}
