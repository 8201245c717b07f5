package com.complaints.core.plugin;

import java.util.List;

/**
 * A plugin found in the plugin directory and what became of it.
 *
 * @param id             its Plugin-Id
 * @param version        its Plugin-Version
 * @param requires       the plugin-api range it declares
 * @param provider       who made it
 * @param description    what it is
 * @param status         whether it runs
 * @param problem        why not, when it does not
 * @param channelTypes   the channel types it offers
 * @param notifierTypes  the notifier types it offers
 */
public record InstalledPlugin(String id, String version, String requires, String provider, String description,
                              PluginStatus status, String problem, List<String> channelTypes, List<String> notifierTypes) {

    public InstalledPlugin {
        channelTypes = List.copyOf(channelTypes);
        notifierTypes = List.copyOf(notifierTypes);
    }
}
