package com.complaints.core.routing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** One version of a tenant's ordered routing rules; a change is a new version. */
@Entity
@Immutable
@Table(name = "routing_rule_sets")
class RoutingRuleSet extends TenantOwnedEntity {

    @Column(name = "set_version", nullable = false)
    private int setVersion;

    @Column(name = "rules", nullable = false, length = 1_000_000)
    private String rules;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RoutingRuleSet() {
    }

    RoutingRuleSet(int setVersion, String rules, String createdBy, Instant createdAt) {
        super(UUID.randomUUID());
        this.setVersion = setVersion;
        this.rules = rules;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    int setVersion() {
        return setVersion;
    }

    String rules() {
        return rules;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
