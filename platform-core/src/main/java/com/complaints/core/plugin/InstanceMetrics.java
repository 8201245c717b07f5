package com.complaints.core.plugin;

import java.time.Duration;

import com.complaints.plugin.api.PluginMetrics;

/** The metrics a plugin records, tagged with its kind, type, tenant and instance. */
public final class InstanceMetrics implements PluginMetrics {

    private final InstanceHealthRegistry registry;
    private final PluginKind kind;
    private final String type;
    private final String tenant;
    private final String instance;

    public InstanceMetrics(InstanceHealthRegistry registry, PluginKind kind, String type, String tenant, String instance) {
        this.registry = registry;
        this.kind = kind;
        this.type = type;
        this.tenant = tenant;
        this.instance = instance;
    }

    @Override
    public void increment(String name) {
        registry.counter(kind, type, tenant, instance, sanitized(name)).increment();
    }

    @Override
    public void record(String name, Duration duration) {
        registry.timer(kind, type, tenant, instance, sanitized(name)).record(duration);
    }

    private static String sanitized(String name) {
        return name == null ? "unnamed" : name.replaceAll("[^a-zA-Z0-9._-]", "_");
    }
}
