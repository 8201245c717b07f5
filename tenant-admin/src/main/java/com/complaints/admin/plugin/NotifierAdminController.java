package com.complaints.admin.plugin;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.notification.DeliveryStatus;
import com.complaints.core.notification.DeliveryView;
import com.complaints.core.notification.NotificationDeliveries;
import com.complaints.core.notification.NotifierTests;
import com.complaints.core.plugin.PluginInstanceView;
import com.complaints.core.plugin.PluginInstances;
import com.complaints.core.plugin.PluginKind;
import com.complaints.core.web.PageResponse;
import com.complaints.core.web.Paging;
import com.complaints.plugin.api.TestResult;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/admin/notifiers} (TENANT_ADMIN): notifier types installed and the tenant's notifier instances
 * (settings, subscribed events), the delivery log and the dead-letter list ({@code /deliveries?status=DEAD}), and
 * sending a dead delivery again.
 */
@RestController
@RequestMapping("/api/v1/admin/notifiers")
class NotifierAdminController {

    private static final String BASE = "/api/v1/admin/notifiers";

    private final PluginAdminSupport support;
    private final NotifierTests tests;
    private final NotificationDeliveries deliveries;

    NotifierAdminController(PluginAdminSupport support, NotifierTests tests, NotificationDeliveries deliveries) {
        this.support = support;
        this.tests = tests;
        this.deliveries = deliveries;
    }

    @GetMapping
    PluginCatalogueView list() {
        return support.catalogue(PluginKind.NOTIFIER);
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<PluginInstanceView> create(@RequestBody PluginInstances.NewInstance body) {
        return support.create(PluginKind.NOTIFIER, BASE, body);
    }

    @GetMapping("/deliveries")
    PageResponse<DeliveryView> deliveries(@RequestParam(required = false) DeliveryStatus status,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return PageResponse.of(deliveries.list(status, Paging.of(page, size, null, java.util.Set.of(),
                org.springframework.data.domain.Sort.unsorted())));
    }

    /** The dead-letter list: deliveries that failed for good or ran out of attempts. */
    @GetMapping("/dead-letters")
    PageResponse<DeliveryView> deadLetters(@RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return deliveries(DeliveryStatus.DEAD, page, size);
    }

    @PostMapping("/dead-letters/{deliveryId}/retry")
    DeliveryView retry(@PathVariable UUID deliveryId) {
        return deliveries.retry(deliveryId, support.actor());
    }

    @GetMapping("/{id}")
    ResponseEntity<PluginInstanceView> get(@PathVariable String id) {
        return support.get(PluginKind.NOTIFIER, id);
    }

    @PutMapping("/{id}")
    ResponseEntity<PluginInstanceView> configure(@PathVariable String id, @RequestBody InstanceRequests.Configure body,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return support.configure(PluginKind.NOTIFIER, id, ifMatch, body);
    }

    @PostMapping("/{id}/enable")
    ResponseEntity<PluginInstanceView> enable(@PathVariable String id,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return support.enable(PluginKind.NOTIFIER, id, ifMatch, true);
    }

    @PostMapping("/{id}/disable")
    ResponseEntity<PluginInstanceView> disable(@PathVariable String id,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return support.enable(PluginKind.NOTIFIER, id, ifMatch, false);
    }

    @ApiResponse(responseCode = "204", description = "Done; no content")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return support.delete(PluginKind.NOTIFIER, id, ifMatch);
    }

    /** Sends a sample notification to {@code recipient} (e-mail or phone) or to the instance's endpoint. */
    @PostMapping("/{id}/test")
    TestResult test(@PathVariable String id, @RequestBody(required = false) InstanceRequests.NotifierTest body) {
        return tests.test(id, body == null ? null : body.recipient());
    }
}
