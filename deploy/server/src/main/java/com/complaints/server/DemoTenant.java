package com.complaints.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.plugin.PluginInstances;
import com.complaints.core.plugin.PluginKind;
import com.complaints.core.plugin.PluginRegistry;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;

/**
 * Seeds the demo tenant on first start of the embedded default: its four departments, its web form (as every new
 * tenant), a reception desk with two stores, a telephone (CTI) channel with a development signing secret, and half a
 * year of complaints ({@link DemoHistory}) for its dashboard.
 */
@Component
@ConditionalOnProperty(name = "complaints.demo.enabled", havingValue = "true")
class DemoTenant implements ApplicationRunner {

    static final String SLUG = "demo";
    static final String ZONE = "Asia/Shanghai";
    private static final Logger log = LoggerFactory.getLogger(DemoTenant.class);

    /** The CTI signing secret of the demo's telephone channel (development only; shown in the README). */
    static final String DEMO_CTI_SECRET = "demo-cti-signing-secret";

    private final TenantDirectory tenants;
    private final TenantContext tenantContext;
    private final PluginInstances instances;
    private final PluginRegistry registry;
    private final JsonMapper json;
    private final DemoHistory history;
    private final java.time.Clock clock;

    DemoTenant(TenantDirectory tenants, TenantContext tenantContext, PluginInstances instances, PluginRegistry registry,
               JsonMapper json, DemoHistory history, java.time.Clock clock) {
        this.history = history;
        this.clock = clock;
        this.tenants = tenants;
        this.tenantContext = tenantContext;
        this.instances = instances;
        this.registry = registry;
        this.json = json;
    }

    private void channel(String id, String type, Map<String, Object> settings) {
        if (registry.channel(type).isPresent()) {
            instances.create(PluginKind.CHANNEL, new PluginInstances.NewInstance(id, type, true, json.valueToTree(settings),
                    null), "system");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!tenants.exists(SLUG)) {
            tenants.create(new TenantDirectory.NewTenant(SLUG, "演示公司 Demo Company", ZONE, "zh-CN"));
            tenantContext.runAs(SLUG, () -> {
                channel("desk", "onsite", Map.of("locations", List.of("上海徐汇旗舰店", "北京朝阳门店")));
                channel("hotline", "phone", Map.of("signingSecret", DEMO_CTI_SECRET));
            });
            history.seed(SLUG, java.time.ZoneId.of(ZONE), clock.instant());
            log.info("seeded the demo tenant tenant={}", SLUG);
        }
    }
}
