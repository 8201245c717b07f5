package com.complaints.core.followup;

import com.complaints.core.complaint.ComplaintStatus;
import com.complaints.core.complaint.Complaint;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** A survey link sent to the consumer for one resolution round: single use, expiring; only its token's hash is kept. */
@Entity
@Table(name = "follow_up_surveys")
class FollowUpSurvey extends TenantOwnedEntity {

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    @Column(name = "round", nullable = false)
    private int round;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FollowUpSurvey() {
    }

    FollowUpSurvey(UUID complaintId, int round, String tokenHash, Instant now, Instant expiresAt) {
        super(UUID.randomUUID());
        this.complaintId = complaintId;
        this.round = round;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Why the survey can no longer be answered, or null when it can. */
    String closedReason(Instant now, Complaint c) {
        if (answeredAt != null) {
            return "answered";
        }
        if (!now.isBefore(expiresAt)) {
            return "expired";
        }
        if (c.round() != round || !(c.status() == ComplaintStatus.RESOLVED || c.status() == ComplaintStatus.FOLLOW_UP_PENDING)) {
            return "closed";
        }
        return null;
    }

    void answered(Instant now) {
        this.answeredAt = now;
    }

    UUID complaintId() {
        return complaintId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
