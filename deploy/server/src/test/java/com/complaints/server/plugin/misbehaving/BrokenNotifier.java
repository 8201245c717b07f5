package com.complaints.server.plugin.misbehaving;

import com.complaints.plugin.api.DeliveryResult;
import com.complaints.plugin.api.Notification;
import com.complaints.plugin.api.Notifier;
import com.complaints.plugin.api.PluginContext;

/** A notifier that cannot even be created (packed into a test plugin jar). */
public class BrokenNotifier implements Notifier {

    public BrokenNotifier() {
        throw new IllegalStateException("missing native library");
    }

    @Override
    public String type() {
        return "broken";
    }

    @Override
    public String displayName() {
        return "Broken";
    }

    @Override
    public Notification.Kind recipientKind() {
        return Notification.Kind.ENDPOINT;
    }

    @Override
    public DeliveryResult deliver(Notification notification, PluginContext context) {
        return DeliveryResult.delivered(null);
    }
}
