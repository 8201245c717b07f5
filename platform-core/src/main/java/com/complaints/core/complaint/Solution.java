package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.shared.ConflictException;
import com.complaints.core.tenancy.TenantOwnedEntity;

/** A solution proposed to the consumer, and the consumer's answer. */
@Entity
@Table(name = "solutions")
class Solution extends TenantOwnedEntity {

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private UUID complaintId;

    @Column(name = "text", nullable = false, length = 5000)
    private String text;

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SolutionStatus status;

    @Column(name = "decided_by", length = 110)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason", length = 2000)
    private String rejectionReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Solution() {
    }

    Solution(UUID complaintId, String text, String proposedBy, Instant proposedAt) {
        super(UUID.randomUUID());
        this.complaintId = complaintId;
        this.text = text;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = SolutionStatus.PROPOSED;
    }

    void accept(String decidedBy, Instant at) {
        decide(SolutionStatus.ACCEPTED, decidedBy, null, at);
    }

    void reject(String decidedBy, String reason, Instant at) {
        decide(SolutionStatus.REJECTED, decidedBy, reason, at);
    }

    private void decide(SolutionStatus outcome, String decidedBy, String reason, Instant at) {
        if (status != SolutionStatus.PROPOSED) {
            throw new ConflictException("solution-decided", "this solution was " + status.name().toLowerCase() + " already");
        }
        this.status = outcome;
        this.decidedBy = decidedBy;
        this.rejectionReason = reason;
        this.decidedAt = at;
    }

    UUID complaintId() {
        return complaintId;
    }

    String text() {
        return text;
    }

    String proposedBy() {
        return proposedBy;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    SolutionStatus status() {
        return status;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String rejectionReason() {
        return rejectionReason;
    }
}
