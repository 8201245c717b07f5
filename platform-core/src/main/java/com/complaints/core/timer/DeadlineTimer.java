package com.complaints.core.timer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.complaints.core.tenancy.TenantOwnedEntity;

/**
 * A deadline timer, the source of truth: due at, version and fired at. Firing is the conditional update
 * {@code fired_at = now WHERE id AND version AND fired_at IS NULL AND active}, in the transaction of its effect;
 * rescheduling and cancelling bump the version, so stale index entries fire nothing.
 */
@Entity
@Table(name = "deadline_timers")
class DeadlineTimer extends TenantOwnedEntity {

    @Column(name = "purpose", nullable = false, updatable = false, length = 40)
    private String purpose;

    @Column(name = "kind", nullable = false, updatable = false, length = 40)
    private String kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private UUID subjectId;

    @Column(name = "complaint_id", updatable = false)
    private UUID complaintId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "fired_at")
    private Instant firedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DeadlineTimer() {
    }

    DeadlineTimer(String purpose, String kind, UUID subjectId, UUID complaintId, Instant dueAt, Instant now) {
        super(UUID.randomUUID());
        this.purpose = purpose;
        this.kind = kind;
        this.subjectId = subjectId;
        this.complaintId = complaintId;
        this.dueAt = dueAt;
        this.version = 1;
        this.active = true;
        this.createdAt = now;
    }

    void reschedule(Instant dueAt) {
        this.dueAt = dueAt;
        this.version++;
        this.active = true;
        this.firedAt = null;
    }

    void cancel() {
        if (active) {
            this.active = false;
            this.version++;
        }
    }

    /** The index entry of this version; {@code tenant} is the bound tenant (a new row's tenant id is set at flush). */
    TimerKey key(String tenant) {
        return new TimerKey(tenant, id(), version);
    }

    boolean isPending() {
        return active && firedAt == null;
    }

    String purpose() {
        return purpose;
    }

    String kind() {
        return kind;
    }

    UUID subjectId() {
        return subjectId;
    }

    UUID complaintId() {
        return complaintId;
    }

    Instant dueAt() {
        return dueAt;
    }

    long version() {
        return version;
    }

    Instant firedAt() {
        return firedAt;
    }
}
