package com.complaints.plugin.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plugin instance's settings for one tenant, already validated against the plugin's {@link ConfigSchema}, with
 * secrets decrypted. A plugin only ever sees the settings of the tenant it works for.
 */
public interface PluginSettings {

    /** A setting as text (numbers and booleans as their JSON text); empty when not set. */
    Optional<String> get(String key);

    /** A setting that must be set. */
    default String require(String key) {
        return get(key).orElseThrow(() -> new IllegalStateException("setting '" + key + "' is not configured"));
    }

    default int getInt(String key, int otherwise) {
        return get(key).map(Integer::parseInt).orElse(otherwise);
    }

    default boolean getBoolean(String key, boolean otherwise) {
        return get(key).map(Boolean::parseBoolean).orElse(otherwise);
    }

    /** A list of texts (a JSON array of strings); empty when not set. */
    List<String> getList(String key);

    /** All settings as the JSON values they are (String, Number, Boolean, List, Map). */
    Map<String, Object> asMap();

    /** Settings from a map, for tests and test kits. */
    static PluginSettings of(Map<String, ?> values) {
        return new MapPluginSettings(values);
    }
}
