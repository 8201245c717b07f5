package com.complaints.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.complaints.core.tenancy.TenantDirectory;

/** Seeds the demo tenant (with its four departments) on first start of the embedded default. */
@Component
@ConditionalOnProperty(name = "complaints.demo.enabled", havingValue = "true")
class DemoTenant implements ApplicationRunner {

    static final String SLUG = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoTenant.class);

    private final TenantDirectory tenants;

    DemoTenant(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!tenants.exists(SLUG)) {
            tenants.create(new TenantDirectory.NewTenant(SLUG, "演示公司 Demo Company", "Asia/Shanghai", "zh-CN"));
            log.info("seeded the demo tenant tenant={}", SLUG);
        }
    }
}
