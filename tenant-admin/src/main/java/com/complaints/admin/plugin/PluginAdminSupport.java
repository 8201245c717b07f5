package com.complaints.admin.plugin;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.plugin.PluginInstanceView;
import com.complaints.core.plugin.PluginInstances;
import com.complaints.core.plugin.PluginKind;
import com.complaints.core.plugin.PluginRegistry;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.ETags;

/** What the channel and notifier admin endpoints share: the catalogue and the instance lifecycle. */
@Component
class PluginAdminSupport {

    private final PluginRegistry registry;
    private final PluginInstances instances;
    private final CurrentStaff currentStaff;
    private final JsonMapper json;

    PluginAdminSupport(PluginRegistry registry, PluginInstances instances, CurrentStaff currentStaff, JsonMapper json) {
        this.registry = registry;
        this.instances = instances;
        this.currentStaff = currentStaff;
        this.json = json;
    }

    PluginCatalogueView catalogue(PluginKind kind) {
        List<PluginCatalogueView.TypeView> types = registry.offered(kind).stream()
                .map(t -> new PluginCatalogueView.TypeView(t.type(), t.displayName(), t.pluginId(), t.pluginVersion(),
                        t.mode(), json.readTree(t.configSchema())))
                .toList();
        return new PluginCatalogueView(types, registry.installed(), instances.list(kind));
    }

    ResponseEntity<PluginInstanceView> get(PluginKind kind, String key) {
        PluginInstanceView view = instances.get(kind, key);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    ResponseEntity<PluginInstanceView> create(PluginKind kind, String base, PluginInstances.NewInstance body) {
        PluginInstanceView view = instances.create(kind, body, actor());
        return ResponseEntity.created(URI.create(base + "/" + view.id())).eTag(ETags.of(view.version())).body(view);
    }

    ResponseEntity<PluginInstanceView> configure(PluginKind kind, String key, String ifMatch, InstanceRequests.Configure body) {
        PluginInstanceView view = instances.configure(kind, key, ETags.expectedVersion(ifMatch),
                new PluginInstances.Configuration(body.settings(), body.events()), actor());
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    ResponseEntity<PluginInstanceView> enable(PluginKind kind, String key, String ifMatch, boolean enabled) {
        PluginInstanceView view = instances.setEnabled(kind, key, ETags.expectedVersion(ifMatch), enabled, actor());
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    ResponseEntity<Void> delete(PluginKind kind, String key, String ifMatch) {
        instances.delete(kind, key, ETags.expectedVersion(ifMatch), actor());
        return ResponseEntity.noContent().build();
    }

    String actor() {
        return currentStaff.get().userId();
    }
}
