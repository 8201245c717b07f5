package com.complaints.server.plugin.misbehaving;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Packs test classes into plugin jars with a manifest descriptor and an extension index. */
public final class TestPluginJars {

    private TestPluginJars() {
    }

    public static void write(Path dir, String id, String requires, String dependencies, Class<?>... extensions) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", "0.0.1");
        main.putValue("Plugin-Requires", requires);
        main.putValue("Plugin-Provider", "tests");
        if (dependencies != null) {
            main.putValue("Plugin-Dependencies", dependencies);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(id + ".jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            StringBuilder index = new StringBuilder();
            for (Class<?> type : extensions) {
                String entry = type.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
                index.append(type.getName()).append('\n');
            }
            jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            jar.write(index.toString().getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
