package com.complaints.core.channel;

import java.time.Clock;
import java.util.Optional;

import com.complaints.core.shared.Actor;
import com.complaints.core.plugin.ActiveInstance;
import com.complaints.core.plugin.InstanceHealthRegistry;
import com.complaints.core.plugin.InstanceLogger;
import com.complaints.core.plugin.InstanceMetrics;
import com.complaints.core.plugin.PluginKind;
import com.complaints.plugin.api.CallEvent;
import com.complaints.plugin.api.CaseMessage;
import com.complaints.plugin.api.ChannelContext;
import com.complaints.plugin.api.ComplaintDraft;
import com.complaints.plugin.api.PluginMetrics;
import com.complaints.plugin.api.PluginSettings;
import com.complaints.plugin.api.Submission;

/**
 * The context one call of a channel plugin gets: bound to one tenant and one instance. The tenant is fixed here,
 * not taken from anything the plugin passes, so a plugin cannot act for another tenant.
 */
final class HostChannelContext implements ChannelContext {

    private final String tenant;
    private final ActiveInstance instance;
    private final Actor actor;
    private final ChannelIntake intake;
    private final Clock clock;
    private final InstanceLogger logger;
    private final InstanceMetrics metrics;

    HostChannelContext(String tenant, ActiveInstance instance, Actor actor, ChannelIntake intake,
                       InstanceHealthRegistry health, Clock clock) {
        this.tenant = tenant;
        this.instance = instance;
        this.actor = actor;
        this.intake = intake;
        this.clock = clock;
        this.logger = new InstanceLogger(instance.type(), tenant, instance.key());
        this.metrics = new InstanceMetrics(health, PluginKind.CHANNEL, instance.type(), tenant, instance.key());
    }

    @Override
    public String tenantId() {
        return tenant;
    }

    @Override
    public String instanceId() {
        return instance.key();
    }

    @Override
    public PluginSettings settings() {
        return instance.settings();
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public System.Logger logger() {
        return logger;
    }

    @Override
    public PluginMetrics metrics() {
        return metrics;
    }

    @Override
    public Submission submit(ComplaintDraft draft) {
        Submission s = intake.submit(tenant, instance.type(), draft, actor);
        metrics.increment(s.duplicate() ? "received.duplicate" : "received");
        return s;
    }

    @Override
    public Optional<String> appendToCase(CaseMessage message) {
        return intake.append(tenant, instance.type(), message);
    }

    @Override
    public void recordCall(CallEvent event) {
        intake.recordCall(tenant, instance.key(), event);
    }

    @Override
    public Optional<String> cursor() {
        return intake.cursor(tenant, instance.key());
    }

    @Override
    public void saveCursor(String cursor) {
        intake.saveCursor(tenant, instance.key(), cursor);
    }
}
