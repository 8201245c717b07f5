package com.complaints.plugin.api;

import java.time.Clock;

/** What the host gives every plugin call: whose work it is, its settings, a clock, a logger and metrics. */
public interface PluginContext {

    /** The tenant this call works for. */
    String tenantId();

    /** The id of the channel or notifier instance (unique within the tenant). */
    String instanceId();

    /** The instance's settings for this tenant. */
    PluginSettings settings();

    /**
     * The host's clock, in the tenant's time zone ({@link Clock#getZone()}): a date without a time that a consumer
     * gives (the day something happened) means the start of that day there.
     */
    Clock clock();

    /** A logger whose lines carry the tenant and instance. Never log personal data (names, numbers, addresses). */
    System.Logger logger();

    PluginMetrics metrics();
}
