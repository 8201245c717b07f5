package com.complaints.admin.plugin;

import java.util.List;

import tools.jackson.databind.JsonNode;

import com.complaints.core.plugin.InstalledPlugin;
import com.complaints.core.plugin.PluginInstanceView;

/**
 * What an admin sees of channels (or notifiers): the types on offer with their settings schema, every installed
 * plugin with its status (incompatible and failed ones included, with why), and the tenant's instances.
 */
record PluginCatalogueView(List<TypeView> types, List<InstalledPlugin> plugins, List<PluginInstanceView> instances) {

    record TypeView(String type, String displayName, String plugin, String version, String mode, JsonNode configSchema) {
    }
}
