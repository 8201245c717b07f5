package com.complaints.admin.plugin;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.channel.ChannelHost;
import com.complaints.core.plugin.PluginInstanceView;
import com.complaints.core.plugin.PluginInstances;
import com.complaints.core.plugin.PluginKind;
import com.complaints.plugin.api.TestResult;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/admin/channels} (TENANT_ADMIN): the intake channel types installed, with plugin status and
 * version, and the tenant's channel instances: create, configure (validated against the plugin's schema; secrets
 * never returned), enable, disable, delete, test.
 */
@RestController
@RequestMapping("/api/v1/admin/channels")
class ChannelAdminController {

    private static final String BASE = "/api/v1/admin/channels";

    private final PluginAdminSupport support;
    private final ChannelHost channels;

    ChannelAdminController(PluginAdminSupport support, ChannelHost channels) {
        this.support = support;
        this.channels = channels;
    }

    @GetMapping
    PluginCatalogueView list() {
        return support.catalogue(PluginKind.CHANNEL);
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<PluginInstanceView> create(@RequestBody PluginInstances.NewInstance body) {
        return support.create(PluginKind.CHANNEL, BASE, body);
    }

    @GetMapping("/{id}")
    ResponseEntity<PluginInstanceView> get(@PathVariable String id) {
        return support.get(PluginKind.CHANNEL, id);
    }

    @PutMapping("/{id}")
    ResponseEntity<PluginInstanceView> configure(@PathVariable String id, @RequestBody InstanceRequests.Configure body,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return support.configure(PluginKind.CHANNEL, id, ifMatch, body);
    }

    @PostMapping("/{id}/enable")
    ResponseEntity<PluginInstanceView> enable(@PathVariable String id,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return support.enable(PluginKind.CHANNEL, id, ifMatch, true);
    }

    @PostMapping("/{id}/disable")
    ResponseEntity<PluginInstanceView> disable(@PathVariable String id,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return support.enable(PluginKind.CHANNEL, id, ifMatch, false);
    }

    @ApiResponse(responseCode = "204", description = "Done; no content")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return support.delete(PluginKind.CHANNEL, id, ifMatch);
    }

    /** Tries the configuration (e.g. logs in to the mailbox) without taking anything in. */
    @PostMapping("/{id}/test")
    TestResult test(@PathVariable String id) {
        return channels.test(id);
    }
}
