package com.complaints.plugin.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.complaints.plugin.api.PluginContext;
import com.complaints.plugin.api.PluginMetrics;
import com.complaints.plugin.api.PluginSettings;

/** A {@link PluginContext} for tests: settings from a map, a fixed clock you can move, metrics you can read. */
public class TestPluginContext implements PluginContext {

    private final String tenantId;
    private final String instanceId;
    private final PluginSettings settings;
    private volatile Clock clock = Clock.fixed(Instant.parse("2026-11-02T02:00:00Z"), ZoneOffset.UTC);
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final List<Duration> timings = new CopyOnWriteArrayList<>();

    public TestPluginContext(String tenantId, String instanceId, Map<String, ?> settings) {
        this.tenantId = tenantId;
        this.instanceId = instanceId;
        this.settings = PluginSettings.of(settings);
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @Override
    public String instanceId() {
        return instanceId;
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** Moves the clock. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("plugin." + instanceId);
    }

    @Override
    public PluginMetrics metrics() {
        return new PluginMetrics() {
            @Override
            public void increment(String name) {
                counters.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
            }

            @Override
            public void record(String name, Duration duration) {
                timings.add(duration);
            }
        };
    }

    /** How often the plugin incremented a counter. */
    public long counter(String name) {
        AtomicLong c = counters.get(name);
        return c == null ? 0 : c.get();
    }
}
