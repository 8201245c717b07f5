package com.complaints.core.plugin;

import java.util.UUID;

/**
 * Published in the transaction that creates, reconfigures, enables, disables or deletes an instance, so that the
 * host can start or stop what it runs for it (e.g. polling a pull channel).
 */
public record PluginInstanceChanged(PluginKind kind, UUID instanceId, String key, String type, boolean enabled,
                                    boolean deleted) {
}
