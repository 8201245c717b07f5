package com.complaints.core.plugin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Health and metrics per channel and notifier instance: Micrometer meters {@code complaints.plugin.calls} (tags
 * kind, type, tenant, instance, outcome) and {@code complaints.plugin.latency}, plus the in-memory health admins
 * see next to each instance.
 */
@Component
public class InstanceHealthRegistry {

    private final Map<String, Tracker> trackers = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Clock clock;

    InstanceHealthRegistry(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
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
        return meters.counter("plugin." + name, "kind", kind.name().toLowerCase(), "type", type, "tenant", tenant,
                "instance", instance);
    }

    public Timer timer(PluginKind kind, String type, String tenant, String instance, String name) {
        return meters.timer("plugin." + name, "kind", kind.name().toLowerCase(), "type", type, "tenant", tenant,
                "instance", instance);
    }

    public InstanceHealth health(PluginKind kind, String tenant, String instance) {
        Tracker t = trackers.get(key(kind, tenant, instance));
        return t == null ? new InstanceHealth("UP", 0, 0, 0, null, null, null) : t.view();
    }

    private void count(PluginKind kind, String type, String tenant, String instance, String outcome, Duration latency) {
        String k = kind.name().toLowerCase();
        meters.counter("complaints.plugin.calls", "kind", k, "type", type, "tenant", tenant, "instance", instance,
                "outcome", outcome).increment();
        meters.timer("complaints.plugin.latency", "kind", k, "type", type, "tenant", tenant, "instance", instance)
                .record(latency);
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
