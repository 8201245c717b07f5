package com.complaints.core.plugin;

import java.nio.file.Path;

import org.pf4j.JarPluginManager;
import org.pf4j.PluginWrapper;

import com.complaints.plugin.api.PluginApi;

/**
 * PF4J's jar plugin manager as the host uses it: the system version is the plugin-api version (so
 * {@code Plugin-Requires} is checked against the API), and a plugin whose dependencies are missing is left out
 * instead of stopping the loading of all the others.
 */
class HostPluginManager extends JarPluginManager {

    HostPluginManager(Path dir) {
        super(dir);
    }

    @Override
    protected void initialize() {
        super.initialize();
        setSystemVersion(PluginApi.VERSION);
        setExactVersionAllowed(true);
        setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
    }

    /** Whether the plugin's declared API range includes this host's API version. */
    boolean isCompatible(PluginWrapper plugin) {
        return isPluginValid(plugin);
    }
}
