package com.complaints.core.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.complaints.core.plugin.ActiveInstance;
import com.complaints.core.plugin.PluginCalls;
import com.complaints.core.plugin.PluginInstanceChanged;
import com.complaints.core.plugin.PluginInstances;
import com.complaints.core.plugin.PluginKind;
import com.complaints.core.timer.FiredTimer;
import com.complaints.core.timer.TimerHandler;
import com.complaints.core.timer.Timers;

/**
 * Polls pull channels on the deadline timers: an enabled pull instance always has one pending {@code channel-poll}
 * timer. When it fires (on one node of the cluster), the next one is scheduled in the same transaction and the poll
 * runs after commit on the plugin executor, so a slow mailbox never holds a transaction or a timer thread. A poll
 * still running when its next timer fires is not started twice on the same node.
 */
@Component
class ChannelPolling implements TimerHandler {

    static final String PURPOSE = "channel-poll";
    private static final Logger log = LoggerFactory.getLogger(ChannelPolling.class);

    private final PluginInstances instances;
    private final ChannelHost host;
    private final PluginCalls calls;
    private final Timers timers;
    private final Clock clock;
    private final Map<UUID, Boolean> running = new ConcurrentHashMap<>();

    ChannelPolling(PluginInstances instances, ChannelHost host, PluginCalls calls, Timers timers, Clock clock) {
        this.instances = instances;
        this.host = host;
        this.calls = calls;
        this.timers = timers;
        this.clock = clock;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    /** A new, reconfigured, enabled, disabled or deleted channel instance: restart its timer chain (in its transaction). */
    @EventListener
    void on(PluginInstanceChanged changed) {
        if (changed.kind() != PluginKind.CHANNEL) {
            return;
        }
        timers.cancelAllOf(changed.instanceId());
        if (changed.enabled() && !changed.deleted()) {
            instances.active(changed.instanceId()).flatMap(host::pollInterval)
                    .ifPresent(interval -> timers.schedule(PURPOSE, "poll", changed.instanceId(), null, clock.instant()));
        }
    }

    @Override
    public void fire(FiredTimer timer) {
        Optional<ActiveInstance> instance = instances.active(timer.subjectId());
        if (instance.isEmpty()) {
            return;
        }
        Optional<Duration> interval = host.nextPollIn(timer.tenant(), instance.get());
        if (interval.isEmpty()) {
            return;
        }
        Instant next = timer.firedAt().plus(interval.get().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : interval.get());
        timers.schedule(PURPOSE, "poll", timer.subjectId(), null, next);
        ActiveInstance active = instance.get();
        String tenant = timer.tenant();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                calls.submit(() -> pollOnce(tenant, active));
            }
        });
    }

    private void pollOnce(String tenant, ActiveInstance instance) {
        if (running.putIfAbsent(instance.id(), Boolean.TRUE) != null) {
            log.info("channel poll still running tenant={} instance={}: skipped", tenant, instance.key());
            return;
        }
        try {
            host.poll(tenant, instance);
        } finally {
            running.remove(instance.id());
        }
    }
}
