package com.complaints.core.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.complaints.core.shared.Actor;
import com.complaints.core.plugin.ActiveInstance;
import com.complaints.core.plugin.InstanceHealthRegistry;
import com.complaints.core.plugin.PluginCallException;
import com.complaints.core.plugin.PluginCalls;
import com.complaints.core.plugin.PluginInstances;
import com.complaints.core.plugin.PluginKind;
import com.complaints.core.plugin.PluginProperties;
import com.complaints.core.plugin.PluginRegistry;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.plugin.api.ChannelRequest;
import com.complaints.plugin.api.ChannelResponse;
import com.complaints.plugin.api.IntakeChannel;
import com.complaints.plugin.api.TestResult;

/**
 * Runs channel plugins for tenants: push requests, polls and configuration tests. Each call runs with the plugin's
 * timeout on its own thread; its success or failure is counted for the instance's health, and a failure never
 * reaches another instance or tenant.
 */
@Service
public class ChannelHost {

    private static final Logger log = LoggerFactory.getLogger(ChannelHost.class);
    static final String WEB_FORM_TYPE = "web";

    private final PluginRegistry registry;
    private final PluginInstances instances;
    private final PluginCalls calls;
    private final PluginProperties properties;
    private final ChannelIntake intake;
    private final InstanceHealthRegistry health;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final Clock clock;

    ChannelHost(PluginRegistry registry, PluginInstances instances, PluginCalls calls, PluginProperties properties,
                ChannelIntake intake, InstanceHealthRegistry health, TenantContext tenantContext, TenantDirectory tenants,
                Clock clock) {
        this.registry = registry;
        this.instances = instances;
        this.calls = calls;
        this.properties = properties;
        this.intake = intake;
        this.health = health;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The plugin's clock runs in the tenant's time zone: a date a consumer types means a day there. */
    private Clock tenantClock(String tenant) {
        return clock.withZone(tenants.zone(tenant));
    }

    /** The enabled instance with this key in the bound tenant, and the plugin that serves it; else 404. */
    Target target(String key) {
        ActiveInstance instance = instances.active(PluginKind.CHANNEL, key).orElseThrow(() -> new NotFoundException("channel"));
        var offered = registry.channel(instance.type()).orElseThrow(() -> new ChannelUnavailableException(instance.type()));
        return new Target(instance, offered);
    }

    /** The tenant's web form: its first enabled instance of the web channel type; else 404. */
    Target webForm() {
        ActiveInstance instance = instances.activeOfType(PluginKind.CHANNEL, WEB_FORM_TYPE).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("page"));
        var offered = registry.channel(instance.type()).orElseThrow(() -> new ChannelUnavailableException(instance.type()));
        return new Target(instance, offered);
    }

    record Target(ActiveInstance instance, PluginRegistry.Offered<IntakeChannel> offered) {

        boolean requiresStaff() {
            return offered.extension().requiresStaff();
        }
    }

    /** Hands a request to the channel; {@code actor} is the staff member or the consumer. */
    ChannelResponse handle(Target target, ChannelRequest request, Actor actor) {
        String tenant = tenantContext.require();
        var context = new HostChannelContext(tenant, target.instance(), actor, intake, health, tenantClock(tenant));
        return run(tenant, target, "handle", properties.callTimeout(target.offered().pluginId()),
                () -> target.offered().extension().handle(request, context));
    }

    /** Polls a pull channel once (called off the request path, by the poll timer). */
    void poll(String tenant, ActiveInstance instance) {
        Optional<PluginRegistry.Offered<IntakeChannel>> offered = registry.channel(instance.type());
        if (offered.isEmpty()) {
            log.warn("channel poll skipped tenant={} instance={}: type {} is not installed", tenant, instance.key(), instance.type());
            return;
        }
        Target target = new Target(instance, offered.get());
        var context = new HostChannelContext(tenant, instance, Actor.consumer(), intake, health, tenantClock(tenant));
        try {
            run(tenant, target, "poll", properties.pollTimeout(), () -> {
                target.offered().extension().poll(context);
                return null;
            });
        } catch (PluginCallException e) {
            log.warn("channel poll failed tenant={} instance={}: {}", tenant, instance.key(), e.getMessage());
        }
    }

    /**
     * When to poll a pull instance next: its interval, doubled for every poll that failed in a row on this node
     * (at most 32 times, at most an hour), so a broken mailbox is not hammered.
     */
    Optional<Duration> nextPollIn(String tenant, ActiveInstance instance) {
        return pollInterval(instance).map(interval -> {
            int failures = health.health(PluginKind.CHANNEL, tenant, instance.key()).consecutiveFailures();
            Duration backedOff = interval.multipliedBy(1L << Math.min(5, failures));
            return backedOff.compareTo(Duration.ofHours(1)) > 0 && failures > 0 ? Duration.ofHours(1) : backedOff;
        });
    }

    /** How often a pull instance is polled; empty for push channels. */
    Optional<Duration> pollInterval(ActiveInstance instance) {
        return registry.channel(instance.type()).flatMap(o -> {
            try {
                return calls.call("channel " + instance.key() + " pollInterval", o.classLoader(), properties.callTimeout(),
                        () -> o.extension().pollInterval(instance.settings()));
            } catch (PluginCallException e) {
                log.warn("channel pollInterval failed instance={}: {}", instance.key(), e.getMessage());
                return Optional.of(Duration.ofMinutes(5));
            }
        });
    }

    /** Tests the instance's configuration (enabled or not). */
    public TestResult test(String key) {
        String tenant = tenantContext.require();
        ActiveInstance instance = instances.configured(PluginKind.CHANNEL, key).orElseThrow(() -> new NotFoundException("channel"));
        var offered = registry.channel(instance.type()).orElseThrow(() -> new ChannelUnavailableException(instance.type()));
        var context = new HostChannelContext(tenant, instance, Actor.consumer(), intake, health, tenantClock(tenant));
        try {
            return calls.call("channel " + key + " test", offered.classLoader(), properties.callTimeout(offered.pluginId()),
                    () -> offered.extension().test(context));
        } catch (PluginCallException e) {
            return TestResult.failed(e.getMessage());
        }
    }

    private <T> T run(String tenant, Target target, String what, Duration timeout, Callable<T> work) {
        ActiveInstance instance = target.instance();
        Instant started = clock.instant();
        try {
            T result = calls.call("channel " + instance.key() + " " + what, target.offered().classLoader(), timeout, work);
            if (result instanceof ChannelResponse r && r.status() >= 500) {
                health.failed(PluginKind.CHANNEL, instance.type(), tenant, instance.key(), since(started), "answered " + r.status());
            } else if (result instanceof ChannelResponse r && (r.status() == 401 || r.status() == 403)) {
                // a request the channel refused as unauthenticated says nothing about the channel's health
                log.debug("channel refused an unauthenticated request tenant={} channel={}", tenant, instance.key());
            } else {
                health.succeeded(PluginKind.CHANNEL, instance.type(), tenant, instance.key(), since(started));
            }
            return result;
        } catch (RuntimeException e) {
            health.failed(PluginKind.CHANNEL, instance.type(), tenant, instance.key(), since(started), shortReason(e));
            throw e;
        }
    }

    /** What the health shows of a failed call: what went wrong in a few words, never the exception's text. */
    static String shortReason(RuntimeException e) {
        if (e instanceof com.complaints.core.plugin.PluginCallException call) {
            return call.shortReason();
        }
        return "failed (" + e.getClass().getSimpleName() + ")";
    }

    private Duration since(Instant started) {
        return Duration.between(started, clock.instant());
    }
}
