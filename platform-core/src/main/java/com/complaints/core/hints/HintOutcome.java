package com.complaints.core.hints;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** Whether a hint was raised at triage and whether the agent's decision followed it. */
@Entity
@Immutable
@Table(name = "hint_outcomes")
class HintOutcome extends TenantOwnedEntity {

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    @Column(name = "hint", nullable = false, length = 20)
    private String hint;

    @Column(name = "suggested", nullable = false)
    private boolean suggested;

    @Column(name = "chosen", nullable = false)
    private boolean chosen;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected HintOutcome() {
    }

    HintOutcome(UUID complaintId, String hint, boolean suggested, boolean chosen, Instant decidedAt) {
        super(UUID.randomUUID());
        this.complaintId = complaintId;
        this.hint = hint;
        this.suggested = suggested;
        this.chosen = chosen;
        this.decidedAt = decidedAt;
    }
}
