package com.complaints.core.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.complaints.core.plugin.PluginInstances;
import com.complaints.core.plugin.PluginKind;
import com.complaints.core.plugin.PluginRegistry;
import com.complaints.core.tenancy.TenantProvisioned;

/** A new tenant gets its public web form right away (when the web channel is installed), with default settings. */
@Component
class DefaultChannels {

    private static final Logger log = LoggerFactory.getLogger(DefaultChannels.class);

    private final PluginRegistry registry;
    private final PluginInstances instances;

    DefaultChannels(PluginRegistry registry, PluginInstances instances) {
        this.registry = registry;
        this.instances = instances;
    }

    @EventListener
    void on(TenantProvisioned event) {
        if (registry.channel(ChannelHost.WEB_FORM_TYPE).isPresent()) {
            instances.create(PluginKind.CHANNEL, new PluginInstances.NewInstance(ChannelHost.WEB_FORM_TYPE,
                    ChannelHost.WEB_FORM_TYPE, true, null, null), "system");
            log.info("web form enabled tenant={}", event.tenantId());
        }
    }
}
