package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.shared.ConflictException;
import com.complaints.core.tenancy.TenantOwnedEntity;

/** The record of a transfer: who handed the case over, to whom, when, and who acknowledged it. */
@Entity
@Table(name = "handovers")
class Handover extends TenantOwnedEntity {

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private UUID complaintId;

    @Column(name = "from_user_id", nullable = false, length = 100)
    private String fromUserId;

    @Column(name = "from_department_id")
    private UUID fromDepartmentId;

    @Column(name = "to_department_id", nullable = false)
    private UUID toDepartmentId;

    @Column(name = "to_user_id", length = 100)
    private String toUserId;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "handed_over_at", nullable = false)
    private Instant handedOverAt;

    @Column(name = "acknowledged_by", length = 100)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "superseded", nullable = false)
    private boolean superseded;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Handover() {
    }

    Handover(UUID complaintId, String fromUserId, UUID fromDepartmentId, UUID toDepartmentId, String toUserId,
             String note, Instant handedOverAt) {
        super(UUID.randomUUID());
        this.complaintId = complaintId;
        this.fromUserId = fromUserId;
        this.fromDepartmentId = fromDepartmentId;
        this.toDepartmentId = toDepartmentId;
        this.toUserId = toUserId;
        this.note = note;
        this.handedOverAt = handedOverAt;
    }

    void acknowledge(String userId, Instant at) {
        if (acknowledgedAt != null) {
            throw new ConflictException("already-acknowledged", "this transfer was acknowledged already");
        }
        if (superseded) {
            throw new ConflictException("transfer-superseded", "this transfer was superseded by a later one");
        }
        acknowledgedBy = userId;
        acknowledgedAt = at;
    }

    /** A later transfer replaced this one before it was acknowledged. */
    void supersede() {
        superseded = true;
    }

    boolean isPending() {
        return acknowledgedAt == null && !superseded;
    }

    UUID complaintId() {
        return complaintId;
    }

    String fromUserId() {
        return fromUserId;
    }

    UUID fromDepartmentId() {
        return fromDepartmentId;
    }

    UUID toDepartmentId() {
        return toDepartmentId;
    }

    String toUserId() {
        return toUserId;
    }

    String note() {
        return note;
    }

    Instant handedOverAt() {
        return handedOverAt;
    }

    String acknowledgedBy() {
        return acknowledgedBy;
    }

    Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    boolean superseded() {
        return superseded;
    }
}
