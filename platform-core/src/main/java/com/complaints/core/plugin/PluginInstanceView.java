package com.complaints.core.plugin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's channel or notifier instance as admins see it: secrets are never returned, only which are set.
 *
 * @param id          the instance key ({@code channelId} in {@code /channels/{tenant}/{channelId}/...})
 * @param type        the channel or notifier type
 * @param enabled     whether it takes in or delivers
 * @param available   whether its plugin is installed and running
 * @param settings    the settings without secrets
 * @param secretsSet  the secret settings that have a value
 * @param events      the events a notifier delivers (empty for channels)
 * @param endpoint    the URL path of a push channel, e.g. {@code /channels/acme/web/}
 * @param health      how its recent calls went (this node)
 */
public record PluginInstanceView(String id, String type, boolean enabled, boolean available, Map<String, Object> settings,
                                 Set<String> secretsSet, List<String> events, String endpoint, InstanceHealth health,
                                 long version, Instant createdAt, Instant updatedAt) {
}
