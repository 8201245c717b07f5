package com.complaints.core.plugin;

import java.util.List;
import java.util.UUID;

import com.complaints.plugin.api.PluginSettings;

/** An enabled instance with its settings decrypted, for the host's own use (never returned by the API). */
public record ActiveInstance(UUID id, PluginKind kind, String key, String type, PluginSettings settings,
                             List<String> events) {
}
