package com.complaints.core.plugin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The plugin host's settings ({@code complaints.plugins.*}).
 *
 * @param dir                 the directory plugin jars are loaded from at start-up
 * @param callTimeout         how long one call into a plugin (a request, a delivery, a test) may take
 * @param pollTimeout         how long one poll of a pull channel may take
 * @param maxDeliveryAttempts attempts of a notification before it goes to the dead-letter list
 * @param firstRetry          the wait before the second attempt; it doubles with every attempt
 * @param maxRetry            the longest wait between attempts
 * @param callTimeouts        per plugin id, a call timeout other than {@code callTimeout} (e.g. a slow SMS gateway)
 * @param deliveryWriters     how many notification attempts may read or record their delivery in the database at once
 *                            (the calls to the notifiers themselves are not limited): each such transaction holds a
 *                            pooled connection, and briefly a second for the events it publishes, so this stays well
 *                            below {@code spring.datasource.hikari.maximum-pool-size}
 */
@ConfigurationProperties("complaints.plugins")
public record PluginProperties(
        @DefaultValue("plugins") Path dir,
        @DefaultValue("10s") Duration callTimeout,
        @DefaultValue("2m") Duration pollTimeout,
        @DefaultValue("8") int maxDeliveryAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        Map<String, Duration> callTimeouts,
        @DefaultValue("4") int deliveryWriters) {

    public PluginProperties {
        callTimeouts = callTimeouts == null ? Map.of() : Map.copyOf(callTimeouts);
        if (deliveryWriters < 1) {
            throw new IllegalArgumentException("complaints.plugins.delivery-writers must be at least 1");
        }
    }

    /** The longest call timeout of any plugin. */
    public Duration longestCallTimeout() {
        return callTimeouts.values().stream().reduce(callTimeout, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** The call timeout of a plugin: its own if configured, else the default. */
    public Duration callTimeout(String pluginId) {
        return callTimeouts.getOrDefault(pluginId, callTimeout);
    }
}
