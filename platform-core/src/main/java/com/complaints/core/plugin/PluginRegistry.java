package com.complaints.core.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.complaints.plugin.api.ChannelKeys;
import com.complaints.plugin.api.IntakeChannel;
import com.complaints.plugin.api.Notifier;
import com.complaints.plugin.api.PluginApi;

/**
 * Loads the plugins from the plugin directory at start-up and keeps what they offer: channel and notifier types.
 * Nothing a plugin does at loading stops the server: an incompatible, broken or dependency-less plugin is recorded
 * with its status and problem (shown to admins) and left out.
 */
@Component
public class PluginRegistry implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PluginRegistry.class);

    private final HostPluginManager manager;
    private final List<InstalledPlugin> installed;
    private final Map<String, Offered<IntakeChannel>> channels = new LinkedHashMap<>();
    private final Map<String, Offered<Notifier>> notifiers = new LinkedHashMap<>();

    PluginRegistry(PluginProperties properties, ConfigSchemas schemas) {
        Path dir = properties.dir().toAbsolutePath().normalize();
        this.manager = new HostPluginManager(dir);
        this.installed = load(dir, schemas);
    }

    /** An extension and the plugin that offers it. */
    public record Offered<T>(T extension, String pluginId, String pluginVersion, ClassLoader classLoader) {
    }

    /** A type an installed plugin offers, for admins choosing what to configure. */
    public record OfferedType(String type, String displayName, String pluginId, String pluginVersion, String configSchema,
                              String mode) {
    }

    /** The channel or notifier types on offer. */
    public List<OfferedType> offered(PluginKind kind) {
        if (kind == PluginKind.CHANNEL) {
            return channels.entrySet().stream().map(e -> {
                IntakeChannel c = e.getValue().extension();
                String mode = c.requiresStaff() ? "staff" : "push/pull";
                return new OfferedType(e.getKey(), c.displayName(), e.getValue().pluginId(), e.getValue().pluginVersion(),
                        c.configSchema().json(), mode);
            }).toList();
        }
        return notifiers.entrySet().stream().map(e -> {
            Notifier n = e.getValue().extension();
            return new OfferedType(e.getKey(), n.displayName(), e.getValue().pluginId(), e.getValue().pluginVersion(),
                    n.configSchema().json(), n.recipientKind().name().toLowerCase());
        }).toList();
    }

    public List<InstalledPlugin> installed() {
        return installed;
    }

    public Optional<Offered<IntakeChannel>> channel(String type) {
        return Optional.ofNullable(channels.get(type));
    }

    public Optional<Offered<Notifier>> notifier(String type) {
        return Optional.ofNullable(notifiers.get(type));
    }

    public Set<String> channelTypes() {
        return channels.keySet();
    }

    public Set<String> notifierTypes() {
        return notifiers.keySet();
    }

    private List<InstalledPlugin> load(Path dir, ConfigSchemas schemas) {
        if (!Files.isDirectory(dir)) {
            log.warn("plugin directory {} does not exist: no channels or notifiers are installed", dir);
            return List.of();
        }
        Map<String, PluginDescriptor> found = findDescriptors(dir);
        try {
            manager.loadPlugins();
        } catch (RuntimeException e) {
            log.error("loading plugins from {} failed", dir, e);
        }
        List<InstalledPlugin> result = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            PluginDescriptor d = plugin.getDescriptor();
            if (!manager.isCompatible(plugin)) {
                String problem = "requires plugin-api " + d.getRequires() + ", this host offers " + PluginApi.VERSION;
                log.error("plugin {} {} refused: {}", d.getPluginId(), d.getVersion(), problem);
                result.add(record(d, PluginStatus.INCOMPATIBLE, problem, List.of(), List.of()));
                continue;
            }
            PluginState state;
            try {
                state = manager.startPlugin(d.getPluginId());
            } catch (RuntimeException | LinkageError e) {
                state = PluginState.FAILED;
            }
            if (state != PluginState.STARTED) {
                String problem = "did not start (" + state + ")"
                        + (plugin.getFailedException() == null ? "" : ": " + plugin.getFailedException().getMessage());
                log.error("plugin {} {} {}", d.getPluginId(), d.getVersion(), problem);
                result.add(record(d, PluginStatus.FAILED, problem, List.of(), List.of()));
                continue;
            }
            result.add(collect(plugin, schemas));
        }
        found.forEach((id, d) -> {
            if (manager.getPlugin(id) == null) {
                String problem = "not loaded: a plugin it depends on is missing or failed (Plugin-Dependencies: "
                        + d.getDependencies().stream().map(dep -> dep.getPluginId()).collect(Collectors.joining(", ")) + ")";
                log.error("plugin {} {} {}", id, d.getVersion(), problem);
                result.add(record(d, PluginStatus.FAILED, problem, List.of(), List.of()));
            }
        });
        result.sort(Comparator.comparing(InstalledPlugin::id));
        log.info("plugins from {}: {}", dir, result.stream().map(p -> p.id() + " " + p.version() + " " + p.status())
                .collect(Collectors.joining(", ")));
        return List.copyOf(result);
    }

    private InstalledPlugin collect(PluginWrapper plugin, ConfigSchemas schemas) {
        PluginDescriptor d = plugin.getDescriptor();
        String id = d.getPluginId();
        ClassLoader loader = plugin.getPluginClassLoader();
        List<String> channelTypes = new ArrayList<>();
        List<String> notifierTypes = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        try {
            for (IntakeChannel channel : manager.getExtensions(IntakeChannel.class, id)) {
                String type = checkedType(channel.type());
                schemas.compile(channel.configSchema());
                if (channels.containsKey(type)) {
                    conflicts.add("channel " + type);
                } else {
                    channels.put(type, new Offered<>(channel, id, d.getVersion(), loader));
                    channelTypes.add(type);
                }
            }
            for (Notifier notifier : manager.getExtensions(Notifier.class, id)) {
                String type = checkedType(notifier.type());
                schemas.compile(notifier.configSchema());
                if (notifiers.containsKey(type)) {
                    conflicts.add("notifier " + type);
                } else {
                    notifiers.put(type, new Offered<>(notifier, id, d.getVersion(), loader));
                    notifierTypes.add(type);
                }
            }
        } catch (RuntimeException | LinkageError e) {
            channelTypes.forEach(channels::remove);
            notifierTypes.forEach(notifiers::remove);
            String problem = "its extensions could not be created: " + e;
            log.error("plugin {} {} failed: {}", id, d.getVersion(), problem, e);
            return record(d, PluginStatus.FAILED, problem, List.of(), List.of());
        }
        String missing = uncreated(plugin, channelTypes.size() + notifierTypes.size() + conflicts.size());
        if (missing != null) {
            channelTypes.forEach(channels::remove);
            notifierTypes.forEach(notifiers::remove);
            log.error("plugin {} {} failed: {}", id, d.getVersion(), missing);
            return record(d, PluginStatus.FAILED, missing, List.of(), List.of());
        }
        if (channelTypes.isEmpty() && notifierTypes.isEmpty() && conflicts.isEmpty()) {
            log.warn("plugin {} {} offers no channel or notifier (is its extension index missing?)", id, d.getVersion());
        }
        if (!conflicts.isEmpty()) {
            String problem = "another plugin already offers " + String.join(", ", conflicts);
            log.error("plugin {} {}: {}", id, d.getVersion(), problem);
            return record(d, PluginStatus.CONFLICT, problem, channelTypes, notifierTypes);
        }
        log.info("plugin {} {} started: channels {} notifiers {}", id, d.getVersion(), channelTypes, notifierTypes);
        return record(d, PluginStatus.STARTED, null, channelTypes, notifierTypes);
    }

    /**
     * PF4J logs and skips an extension it cannot create; the host counts them against the plugin's extension index
     * and names the first failure (so that admins see it next to the plugin).
     */
    private String uncreated(PluginWrapper plugin, int created) {
        Set<String> indexed = manager.getExtensionClassNames(plugin.getPluginId());
        if (indexed == null || indexed.size() <= created) {
            return null;
        }
        for (String name : indexed) {
            try {
                Class.forName(name, true, plugin.getPluginClassLoader()).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite && ite.getCause() != null
                        ? ite.getCause() : e;
                return "its extension " + name + " could not be created: " + cause;
            }
        }
        return (indexed.size() - created) + " of its extensions could not be created";
    }

    private static String checkedType(String type) {
        if (!ChannelKeys.isValid(type)) {
            throw new IllegalArgumentException("invalid type key '" + type + "' (expected " + ChannelKeys.FORMAT + ")");
        }
        return type;
    }

    private Map<String, PluginDescriptor> findDescriptors(Path dir) {
        Map<String, PluginDescriptor> found = new LinkedHashMap<>();
        try (var files = Files.list(dir)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                try {
                    PluginDescriptor d = new org.pf4j.ManifestPluginDescriptorFinder().find(jar);
                    found.putIfAbsent(d.getPluginId(), d);
                } catch (RuntimeException e) {
                    log.error("{} is not a plugin: {}", jar.getFileName(), e.getMessage());
                }
            }
        } catch (java.io.IOException e) {
            log.error("cannot list plugin directory {}", dir, e);
        }
        return found;
    }

    private static InstalledPlugin record(PluginDescriptor d, PluginStatus status, String problem,
                                          List<String> channelTypes, List<String> notifierTypes) {
        return new InstalledPlugin(d.getPluginId(), d.getVersion(), d.getRequires(), d.getProvider(),
                d.getPluginDescription(), status, problem, channelTypes, notifierTypes);
    }

    /** The ids of the plugins loaded now: every installed one that loaded, none after {@link #destroy()}. */
    List<String> loadedPluginIds() {
        return manager.getPlugins().stream().map(PluginWrapper::getPluginId).sorted().toList();
    }

    @Override
    public void destroy() {
        try {
            // one by one over a copy, dependents first: PF4J 3.15's stopPlugins() removes from the list it iterates
            // (pf4j/pf4j#656) and fails with a ConcurrentModificationException
            for (PluginWrapper started : List.copyOf(manager.getStartedPlugins()).reversed()) {
                if (started.getPluginState() == PluginState.STARTED) {
                    manager.stopPlugin(started.getPluginId());
                }
            }
            for (String id : manager.getPlugins().stream().map(PluginWrapper::getPluginId).toList()) {
                manager.unloadPlugin(id);
            }
        } catch (RuntimeException e) {
            log.warn("stopping plugins failed", e);
        }
    }
}
