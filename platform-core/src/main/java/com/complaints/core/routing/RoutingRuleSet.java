package com.complaints.core.routing;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import com.complaints.core.tenancy.VersionedDocument;

/** One version of a tenant's ordered routing rules (as JSON); a change is a new version. */
@Entity
@Immutable
@Table(name = "routing_rule_sets")
@AttributeOverride(name = "docVersion", column = @Column(name = "set_version", nullable = false, updatable = false))
@AttributeOverride(name = "content", column = @Column(name = "rules", nullable = false, updatable = false, length = 1_000_000))
class RoutingRuleSet extends VersionedDocument {

    protected RoutingRuleSet() {
    }

    RoutingRuleSet(int setVersion, String rules, String createdBy, Instant createdAt) {
        super(setVersion, rules, createdBy, createdAt);
    }
}
