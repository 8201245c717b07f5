package com.complaints.core.plugin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Health and metrics per channel and notifier instance: Micrometer meters {@code complaints.plugin.calls} (tags
 * kind, type, outcome) and {@code complaints.plugin.latency}, plus the in-memory health admins see next to each
 * instance. The meters are per plugin type, not per tenant: with thousands of tenants, tenant and instance tags
 * would make one series per tenant and instance. {@code complaints.metrics.plugin-tenant-tags=true} adds them back
 * (for a platform of few tenants, or while chasing one); the health per instance is always there, in the console.
 */
@Component
public class InstanceHealthRegistry {

    private final Map<String, Tracker> trackers = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Clock clock;
    private final boolean tenantTags;

    InstanceHealthRegistry(MeterRegistry meters, Clock clock,
                           @Value("${complaints.metrics.plugin-tenant-tags:false}") boolean tenantTags) {
        this.meters = meters;
        this.clock = clock;
        this.tenantTags = tenantTags;
    }

    /**
     * Every installed plugin type's call meters, at zero, from the start: an alert on {@code increase(...)} sees the
     * first failure of a type (a series that appears with its first count has no increase to show).
     */
    @EventListener(ApplicationReadyEvent.class)
    void registerInstalledTypes(ApplicationReadyEvent ready) {
        if (tenantTags) {
            return;
        }
        PluginRegistry plugins = ready.getApplicationContext().getBean(PluginRegistry.class);
        plugins.channelTypes().forEach(type -> registerZero(PluginKind.CHANNEL, type));
        plugins.notifierTypes().forEach(type -> registerZero(PluginKind.NOTIFIER, type));
    }

    private void registerZero(PluginKind kind, String type) {
        Tags tags = tags(kind, type, null, null);
        meters.counter("complaints.plugin.calls", tags.and("outcome", "success"));
        meters.counter("complaints.plugin.calls", tags.and("outcome", "failure"));
        meters.timer("complaints.plugin.latency", tags);
    }

    /** The tags of a plugin meter: kind and type, and tenant and instance only when asked for. */
    private Tags tags(PluginKind kind, String type, String tenant, String instance) {
        Tags tags = Tags.of("kind", kind.name().toLowerCase(), "type", type);
        return tenantTags ? tags.and("tenant", tenant, "instance", instance) : tags;
    }

    public void succeeded(PluginKind kind, String type, String tenant, String instance, Duration latency) {
        count(kind, type, tenant, instance, "success", latency);
        tracker(kind, tenant, instance).success(clock.instant());
    }

    public void failed(PluginKind kind, String type, String tenant, String instance, Duration latency, String problem) {
        count(kind, type, tenant, instance, "failure", latency);
        tracker(kind, tenant, instance).failure(clock.instant(), problem);
    }

    /** Counts a plugin-defined metric ({@code plugin.<name>}). */
    public Counter counter(PluginKind kind, String type, String tenant, String instance, String name) {
        return meters.counter("plugin." + name, tags(kind, type, tenant, instance));
    }

    public Timer timer(PluginKind kind, String type, String tenant, String instance, String name) {
        return meters.timer("plugin." + name, tags(kind, type, tenant, instance));
    }

    public InstanceHealth health(PluginKind kind, String tenant, String instance) {
        Tracker t = trackers.get(key(kind, tenant, instance));
        return t == null ? new InstanceHealth("UP", 0, 0, 0, null, null, null) : t.view();
    }

    private void count(PluginKind kind, String type, String tenant, String instance, String outcome, Duration latency) {
        Tags tags = tags(kind, type, tenant, instance);
        meters.counter("complaints.plugin.calls", tags.and("outcome", outcome)).increment();
        meters.timer("complaints.plugin.latency", tags).record(latency);
    }

    private Tracker tracker(PluginKind kind, String tenant, String instance) {
        return trackers.computeIfAbsent(key(kind, tenant, instance), k -> new Tracker());
    }

    private static String key(PluginKind kind, String tenant, String instance) {
        return kind + "/" + tenant + "/" + instance;
    }

    private static final class Tracker {
        private long succeeded;
        private long failed;
        private int consecutive;
        private Instant lastSuccess;
        private Instant lastFailure;
        private String lastProblem;

        synchronized void success(Instant at) {
            succeeded++;
            consecutive = 0;
            lastSuccess = at;
        }

        synchronized void failure(Instant at, String problem) {
            failed++;
            consecutive++;
            lastFailure = at;
            lastProblem = problem == null ? null : problem.substring(0, Math.min(500, problem.length()));
        }

        synchronized InstanceHealth view() {
            String status = consecutive == 0 ? "UP" : consecutive < 3 ? "DEGRADED" : "DOWN";
            return new InstanceHealth(status, succeeded, failed, consecutive, lastSuccess, lastFailure, lastProblem);
        }
    }
}
