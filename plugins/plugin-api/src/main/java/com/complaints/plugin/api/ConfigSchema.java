package com.complaints.plugin.api;

import java.util.Objects;

/**
 * The JSON Schema (draft 2020-12) of a plugin's per-tenant settings. The host validates every configuration
 * against it. Properties marked {@code "writeOnly": true} are secrets: the host stores them encrypted, hands them to
 * the plugin, and never returns them through its API.
 *
 * @param json the schema document
 */
public record ConfigSchema(String json) {

    public static final ConfigSchema NONE = new ConfigSchema("{\"type\":\"object\",\"additionalProperties\":false}");

    public ConfigSchema {
        Objects.requireNonNull(json, "json");
    }
}
