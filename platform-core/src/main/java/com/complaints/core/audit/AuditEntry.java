package com.complaints.core.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** One change of a tenant's configuration, by whom and when. Append-only. */
@Entity
@Immutable
@Table(name = "admin_audit_log")
class AuditEntry extends TenantOwnedEntity {

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "action", nullable = false, length = 60)
    private String action;

    @Column(name = "subject", length = 200)
    private String subject;

    @Column(name = "details", nullable = false, length = 100_000)
    private String details;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AuditEntry() {
    }

    AuditEntry(String actor, String action, String subject, String details, Instant recordedAt) {
        super(UUID.randomUUID());
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.details = details;
        this.recordedAt = recordedAt;
    }

    AdminAuditLog.Entry view() {
        return new AdminAuditLog.Entry(id(), actor, action, subject, details, recordedAt);
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
