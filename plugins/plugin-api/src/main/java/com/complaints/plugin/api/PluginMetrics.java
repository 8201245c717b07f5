package com.complaints.plugin.api;

import java.time.Duration;

/**
 * Metrics a plugin may record. The host adds the plugin, the channel or notifier instance and its type as tags;
 * names are prefixed with {@code plugin.}. Never put personal data in names or tags.
 */
public interface PluginMetrics {

    void increment(String name);

    void record(String name, Duration duration);

    /** Metrics that go nowhere (test kits, tools). */
    PluginMetrics NONE = new PluginMetrics() {
        @Override
        public void increment(String name) {
        }

        @Override
        public void record(String name, Duration duration) {
        }
    };
}
