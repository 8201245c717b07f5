package com.complaints.core.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Service;

import com.complaints.core.plugin.InstalledPlugin;
import com.complaints.core.plugin.PluginRegistry;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The platform's health as an operator reads it: each service the platform depends on (database, Redis, search…),
 * the installed plugins with their problems, how far the search index lags behind the database and how many changes
 * wait to be indexed, and how late deadline timers fire. Read from the health indicators and the meters the
 * platform keeps anyway (this node's view; every node reports its own).
 */
@Service
public class PlatformHealth {

    private final HealthContributorRegistry contributors;
    private final PluginRegistry plugins;
    private final MeterRegistry meters;
    private final Clock clock;

    PlatformHealth(HealthContributorRegistry contributors, PluginRegistry plugins, MeterRegistry meters, Clock clock) {
        this.contributors = contributors;
        this.plugins = plugins;
        this.meters = meters;
        this.clock = clock;
    }

    /** One service's state, e.g. {@code db UP}. */
    public record Component(String name, String status) {
    }

    /** A latency as observed on this node: how many, the mean and the longest (milliseconds), or none yet. */
    public record Latency(long count, double meanMillis, double maxMillis) {
    }

    public record Report(String status, List<Component> components, List<InstalledPlugin> plugins, Latency indexLag,
                         Double indexBacklog, Latency timerLateness, Instant at) {
    }

    public Report report() {
        Map<String, String> states = new TreeMap<>();
        contributors.forEach(entry -> collect(entry.name(), entry.contributor(), states));
        boolean down = states.values().stream().anyMatch(s -> !Status.UP.getCode().equals(s) && !Status.UNKNOWN.getCode().equals(s));
        boolean pluginProblem = plugins.installed().stream().anyMatch(p -> p.problem() != null);
        String status = down ? "DOWN" : pluginProblem ? "DEGRADED" : "UP";
        Gauge backlog = meters.find("complaints.search.outbox.backlog").gauge();
        return new Report(status, states.entrySet().stream().map(e -> new Component(e.getKey(), e.getValue())).toList(),
                plugins.installed(), latency("complaints.search.index.lag"), backlog == null ? null : backlog.value(),
                latency("complaints.timers.lateness"), clock.instant());
    }

    private Latency latency(String name) {
        Timer timer = meters.find(name).timer();
        return timer == null ? null
                : new Latency(timer.count(), timer.mean(TimeUnit.MILLISECONDS), timer.max(TimeUnit.MILLISECONDS));
    }

    /** A service's state; a composite one (several data sources, say) as each of its parts. */
    private static void collect(String name, HealthContributor contributor, Map<String, String> states) {
        if (contributor instanceof HealthIndicator indicator) {
            states.put(name, status(indicator));
        } else if (contributor instanceof CompositeHealthContributor composite) {
            composite.forEach(part -> collect(name + "/" + part.name(), part.contributor(), states));
        }
    }

    private static String status(HealthIndicator indicator) {
        try {
            Health health = indicator.health(false);
            return health == null ? Status.UNKNOWN.getCode() : health.getStatus().getCode();
        } catch (RuntimeException e) {
            return Status.DOWN.getCode();
        }
    }
}
