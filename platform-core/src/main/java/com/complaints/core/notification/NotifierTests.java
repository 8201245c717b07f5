package com.complaints.core.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.complaints.core.plugin.ActiveInstance;
import com.complaints.core.plugin.InstanceHealthRegistry;
import com.complaints.core.plugin.PluginCallException;
import com.complaints.core.plugin.PluginCalls;
import com.complaints.core.plugin.PluginInstances;
import com.complaints.core.plugin.PluginKind;
import com.complaints.core.plugin.PluginProperties;
import com.complaints.core.plugin.PluginRegistry;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.plugin.api.Notification;
import com.complaints.plugin.api.TestResult;

/**
 * Tests a notifier instance's configuration by sending a sample "case received" notification (rendered from the
 * tenant's template, with made-up case data) to an address the admin gives, or to the instance's own endpoint.
 */
@Service
public class NotifierTests {

    private final PluginInstances instances;
    private final PluginRegistry registry;
    private final PluginCalls calls;
    private final PluginProperties properties;
    private final NotificationTemplates templates;
    private final InstanceHealthRegistry health;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final Clock clock;

    NotifierTests(PluginInstances instances, PluginRegistry registry, PluginCalls calls, PluginProperties properties,
                  NotificationTemplates templates, InstanceHealthRegistry health, TenantContext tenantContext,
                  TenantDirectory tenants, Clock clock) {
        this.instances = instances;
        this.registry = registry;
        this.calls = calls;
        this.properties = properties;
        this.templates = templates;
        this.health = health;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.clock = clock;
    }

    public TestResult test(String key, String recipientAddress) {
        String tenant = tenantContext.require();
        ActiveInstance instance = instances.configured(PluginKind.NOTIFIER, key).orElseThrow(() -> new NotFoundException("notifier"));
        var offered = registry.notifier(instance.type()).orElseThrow(() -> new NotFoundException("notifier"));
        Notification.Kind kind = offered.extension().recipientKind();
        if (kind != Notification.Kind.ENDPOINT && (recipientAddress == null || recipientAddress.isBlank())) {
            throw new InvalidInputException("recipient", "required");
        }
        var tenantView = tenants.find(tenant).orElseThrow();
        String locale = "en".equals(tenantView.locale()) ? "en" : "zh-CN";
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("caseNumber", "TEST-000000");
        variables.put("consumerName", "Test");
        variables.put("accessCode", "TEST00");
        variables.put("receivedAt", clock.instant().toString());
        variables.put("trackingUrl", "/public/" + tenant + "/complaints/TEST-000000");
        variables.put("tenantName", tenantView.displayName());
        var rendered = templates.render(NotificationEvent.CASE_RECEIVED, locale, variables);
        Notification sample = new Notification(UUID.randomUUID().toString(), tenant, "TEST", "CASE_RECEIVED", locale,
                new Notification.Recipient(kind, kind == Notification.Kind.ENDPOINT ? null : recipientAddress.strip(), "test"),
                "[TEST] " + rendered.subject(), rendered.body(), variables, "TEST-000000", clock.instant());
        var context = HostPluginContext.of(tenant, instance, clock, health);
        try {
            return calls.call("notifier " + key + " test", offered.classLoader(), properties.callTimeout(offered.pluginId()),
                    () -> offered.extension().test(context, sample));
        } catch (PluginCallException e) {
            return TestResult.failed(e.getMessage());
        }
    }
}
