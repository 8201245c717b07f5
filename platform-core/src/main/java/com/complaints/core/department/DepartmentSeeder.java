package com.complaints.core.department;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.complaints.core.tenancy.TenantProvisioned;

/** Seeds customer service, product, service and legal into every new tenant, in the provisioning transaction. */
@Component
class DepartmentSeeder {

    private final DepartmentRepository departments;
    private final Clock clock;

    DepartmentSeeder(DepartmentRepository departments, Clock clock) {
        this.departments = departments;
        this.clock = clock;
    }

    @EventListener
    void on(TenantProvisioned event) {
        Arrays.stream(DepartmentType.values())
                .filter(DepartmentType::isSeeded)
                .forEach(type -> departments.save(new Department(type.defaultCode(), type, type.defaultNameZh(),
                        type.defaultNameEn(), clock.instant())));
    }
}
