package com.complaints.plugin.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link PluginSettings} over a map. */
final class MapPluginSettings implements PluginSettings {

    private final Map<String, Object> values;

    MapPluginSettings(Map<String, ?> values) {
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public Optional<String> get(String key) {
        Object v = values.get(key);
        return v == null || v instanceof Collection<?> || v instanceof Map<?, ?> ? Optional.empty() : Optional.of(v.toString());
    }

    @Override
    public List<String> getList(String key) {
        return values.get(key) instanceof Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of();
    }

    @Override
    public Map<String, Object> asMap() {
        return values;
    }
}
