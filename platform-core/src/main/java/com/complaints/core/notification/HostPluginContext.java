package com.complaints.core.notification;

import java.time.Clock;

import com.complaints.core.plugin.ActiveInstance;
import com.complaints.plugin.api.PluginContext;
import com.complaints.plugin.api.PluginMetrics;
import com.complaints.plugin.api.PluginSettings;

/** The context a notifier call gets: one tenant, one instance. */
record HostPluginContext(String tenantId, ActiveInstance instance, Clock clock, System.Logger logger,
                         PluginMetrics metrics) implements PluginContext {

    @Override
    public String instanceId() {
        return instance.key();
    }

    @Override
    public PluginSettings settings() {
        return instance.settings();
    }
}
