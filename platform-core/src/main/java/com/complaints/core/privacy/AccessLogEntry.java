package com.complaints.core.privacy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** One access to a case's personal data: who, when, what, which case, why. Append-only. */
@Entity
@Immutable
@Table(name = "personal_data_access_log")
class AccessLogEntry extends TenantOwnedEntity {

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30)
    private AccessAction action;

    @Column(name = "complaint_id")
    private UUID complaintId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Column(name = "reason", length = 500)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AccessLogEntry() {
    }

    AccessLogEntry(String actor, AccessAction action, UUID complaintId, String caseNumber, String reason, Instant at) {
        super(UUID.randomUUID());
        this.actor = actor;
        this.action = action;
        this.complaintId = complaintId;
        this.caseNumber = caseNumber;
        this.reason = reason;
        this.recordedAt = at;
    }

    PersonalDataAccessLog.AccessLogEntryView view() {
        return new PersonalDataAccessLog.AccessLogEntryView(id(), actor, action, complaintId, caseNumber, reason, recordedAt);
    }
}
