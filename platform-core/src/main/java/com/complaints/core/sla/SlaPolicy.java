package com.complaints.core.sla;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import com.complaints.core.tenancy.VersionedDocument;

/** One version of a tenant's SLA policy (its targets as JSON); cases keep the version their clocks started with. */
@Entity
@Immutable
@Table(name = "sla_policies")
@AttributeOverride(name = "docVersion", column = @Column(name = "policy_version", nullable = false, updatable = false))
@AttributeOverride(name = "content", column = @Column(name = "targets", nullable = false, updatable = false, length = 10000))
class SlaPolicy extends VersionedDocument {

    protected SlaPolicy() {
    }

    SlaPolicy(int policyVersion, String targets, String createdBy, Instant createdAt) {
        super(policyVersion, targets, createdBy, createdAt);
    }
}
