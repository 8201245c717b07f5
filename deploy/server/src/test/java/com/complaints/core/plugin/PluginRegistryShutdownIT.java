package com.complaints.core.plugin;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.PluginDirectory;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shutting the plugin host down stops and unloads every built-in plugin. PF4J's own stopPlugins() fails part-way
 * with a ConcurrentModificationException (pf4j/pf4j#656) and left the plugins loaded.
 */
class PluginRegistryShutdownIT {

    @Test
    void destroyStopsAndUnloadsEveryPlugin() throws Exception {
        var properties = new PluginProperties(PluginDirectory.builtIn(), Duration.ofSeconds(10), Duration.ofMinutes(2), 8,
                Duration.ofSeconds(30), Duration.ofHours(1), Map.of(), 4);
        var registry = new PluginRegistry(properties, new ConfigSchemas(JsonMapper.builder().build()));
        assertThat(registry.installed()).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p.status()).isEqualTo(PluginStatus.STARTED));
        assertThat(registry.loadedPluginIds()).hasSize(registry.installed().size());

        registry.destroy();

        assertThat(registry.loadedPluginIds()).isEmpty();
    }
}
