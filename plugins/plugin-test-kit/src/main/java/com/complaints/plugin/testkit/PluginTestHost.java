package com.complaints.plugin.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.pf4j.JarPluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

import com.complaints.plugin.api.IntakeChannel;
import com.complaints.plugin.api.Notifier;
import com.complaints.plugin.api.PluginApi;

/**
 * A minimal plugin host for unit tests: it loads one plugin jar with PF4J the way the platform does (manifest
 * descriptor, API range check, isolated class loader, extension index) and hands out its extensions.
 *
 * <pre>{@code
 * try (PluginTestHost host = PluginTestHost.ofThisModule()) {
 *     IntakeChannel channel = host.channel("my-channel");
 *     TestChannelContext ctx = TestChannelContext.forTenant("acme", Map.of("token", "s3cret"));
 *     ChannelResponse response = channel.handle(TestRequests.post("/", "{...}").build(), ctx);
 *     assertThat(ctx.submitted()).hasSize(1);
 * }
 * }</pre>
 */
public final class PluginTestHost implements AutoCloseable {

    private final JarPluginManager manager;
    private final PluginWrapper plugin;
    private final Path tempDir;

    private PluginTestHost(Path jar, Path tempDir) {
        this.tempDir = tempDir;
        this.manager = new JarPluginManager(jar.getParent());
        manager.setSystemVersion(PluginApi.VERSION);
        manager.setExactVersionAllowed(true);
        String id = manager.loadPlugin(jar);
        this.plugin = manager.getPlugin(id);
        PluginState state = manager.startPlugin(id);
        if (state != PluginState.STARTED) {
            throw new IllegalStateException("plugin " + id + " did not start (" + state + ")"
                    + (plugin.getFailedException() == null ? "" : ": " + plugin.getFailedException()));
        }
    }

    /** Loads a built plugin jar. */
    public static PluginTestHost ofJar(Path jar) {
        return new PluginTestHost(jar, null);
    }

    /**
     * Loads the plugin of the module under test: packs its compiled classes with the descriptor from the system
     * properties {@code plugin.classes}, {@code plugin.id}, {@code plugin.version} and {@code plugin.requires}
     * (the plugin parent sets them for Surefire).
     */
    public static PluginTestHost ofThisModule() {
        String classes = required("plugin.classes");
        return ofClasses(Path.of(classes), required("plugin.id"), required("plugin.version"),
                System.getProperty("plugin.requires", ">=" + PluginApi.VERSION));
    }

    /** Packs compiled classes into a plugin jar with the given descriptor, then loads it. */
    public static PluginTestHost ofClasses(Path classes, String pluginId, String version, String requires) {
        try {
            Path dir = Files.createTempDirectory("plugin-test-host");
            Path jar = dir.resolve(pluginId + "-" + version + ".jar");
            writeJar(classes, jar, pluginId, version, requires);
            return new PluginTestHost(jar, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plugin's intake channel of this type. */
    public IntakeChannel channel(String type) {
        return manager.getExtensions(IntakeChannel.class, plugin.getPluginId()).stream()
                .filter(c -> c.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the plugin has no channel of type " + type));
    }

    /** The plugin's notifier of this type. */
    public Notifier notifier(String type) {
        return manager.getExtensions(Notifier.class, plugin.getPluginId()).stream()
                .filter(n -> n.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the plugin has no notifier of type " + type));
    }

    public List<IntakeChannel> channels() {
        return manager.getExtensions(IntakeChannel.class, plugin.getPluginId());
    }

    public List<Notifier> notifiers() {
        return manager.getExtensions(Notifier.class, plugin.getPluginId());
    }

    public PluginWrapper plugin() {
        return plugin;
    }

    /** The class loader the plugin's classes come from (to check isolation). */
    public ClassLoader pluginClassLoader() {
        return plugin.getPluginClassLoader();
    }

    @Override
    public void close() {
        manager.stopPlugin(plugin.getPluginId());
        manager.unloadPlugin(plugin.getPluginId());
        if (tempDir != null) {
            try (Stream<Path> files = Files.walk(tempDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory left behind is harmless
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property
                    + " is not set: inherit plugin-parent or set it in Surefire's systemPropertyVariables");
        }
        return value;
    }

    private static void writeJar(Path classes, Path jar, String id, String version, String requires) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", version);
        main.putValue("Plugin-Requires", requires);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (name.equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                jarOut.putNextEntry(new JarEntry(name));
                Files.copy(file, jarOut);
                jarOut.closeEntry();
            }
        }
    }
}
