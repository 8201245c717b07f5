package com.complaints.core.routing;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** Whether channel intakes are routed automatically (off unless the tenant enables it). */
@Entity
@Table(name = "routing_settings")
class RoutingSettings extends TenantOwnedEntity {

    @Column(name = "auto_route_intake", nullable = false)
    private boolean autoRouteIntake;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RoutingSettings() {
    }

    RoutingSettings(boolean autoRouteIntake) {
        super(UUID.randomUUID());
        this.autoRouteIntake = autoRouteIntake;
    }

    boolean autoRouteIntake() {
        return autoRouteIntake;
    }

    void autoRouteIntake(boolean on) {
        this.autoRouteIntake = on;
    }
}
