package com.complaints.core.sla;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** One version of a tenant's SLA policy; edits create a new version, old ones stay for the cases they govern. */
@Entity
@Immutable
@Table(name = "sla_policies")
class SlaPolicy extends TenantOwnedEntity {

    @Column(name = "policy_version", nullable = false)
    private int policyVersion;

    @Column(name = "targets", nullable = false, length = 10000)
    private String targets;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SlaPolicy() {
    }

    SlaPolicy(int policyVersion, String targets, String createdBy, Instant createdAt) {
        super(UUID.randomUUID());
        this.policyVersion = policyVersion;
        this.targets = targets;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    int policyVersion() {
        return policyVersion;
    }

    String targets() {
        return targets;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
