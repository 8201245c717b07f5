package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import com.complaints.core.tenancy.TenantOwnedEntity;

/** The result of one follow-up contact with the consumer after resolution. */
@Entity
@Immutable
@Table(name = "follow_ups")
class FollowUpRecord extends TenantOwnedEntity {

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private FollowUpOutcome outcome;

    @Column(name = "satisfaction")
    private Integer satisfaction;

    @Column(name = "problem_solved")
    private Boolean problemSolved;

    @Column(name = "comment", length = 2000)
    private String comment;

    @Column(name = "round", nullable = false)
    private int round;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FollowUpRecord() {
    }

    FollowUpRecord(UUID complaintId, FollowUpOutcome outcome, Integer satisfaction, Boolean problemSolved,
                   String comment, int round, String recordedBy, Instant recordedAt) {
        super(UUID.randomUUID());
        this.complaintId = complaintId;
        this.outcome = outcome;
        this.satisfaction = satisfaction;
        this.problemSolved = problemSolved;
        this.comment = comment;
        this.round = round;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    FollowUpOutcome outcome() {
        return outcome;
    }

    Integer satisfaction() {
        return satisfaction;
    }

    Boolean problemSolved() {
        return problemSolved;
    }

    String comment() {
        return comment;
    }

    int round() {
        return round;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    UUID complaintId() {
        return complaintId;
    }
}
