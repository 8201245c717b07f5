package com.complaints.core.notification;

import java.time.Clock;

import com.complaints.core.plugin.ActiveInstance;
import com.complaints.core.plugin.InstanceHealthRegistry;
import com.complaints.core.plugin.InstanceLogger;
import com.complaints.core.plugin.InstanceMetrics;
import com.complaints.core.plugin.PluginKind;
import com.complaints.plugin.api.PluginContext;
import com.complaints.plugin.api.PluginMetrics;
import com.complaints.plugin.api.PluginSettings;

/** The context a notifier call gets: one tenant, one instance. */
record HostPluginContext(String tenantId, ActiveInstance instance, Clock clock, System.Logger logger,
                         PluginMetrics metrics) implements PluginContext {

    /** The context of one call of a notifier instance, logging and counting under its tenant and key. */
    static HostPluginContext of(String tenant, ActiveInstance instance, Clock clock, InstanceHealthRegistry health) {
        return new HostPluginContext(tenant, instance, clock, new InstanceLogger(instance.type(), tenant, instance.key()),
                new InstanceMetrics(health, PluginKind.NOTIFIER, instance.type(), tenant, instance.key()));
    }

    @Override
    public String instanceId() {
        return instance.key();
    }

    @Override
    public PluginSettings settings() {
        return instance.settings();
    }
}
