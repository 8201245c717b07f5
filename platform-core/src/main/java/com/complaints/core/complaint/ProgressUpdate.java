package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import com.complaints.core.tenancy.TenantOwnedEntity;

/** A message for the consumer about the progress of their case; shown on the public progress page. */
@Entity
@Immutable
@Table(name = "progress_updates")
class ProgressUpdate extends TenantOwnedEntity {

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    @Column(name = "message", nullable = false, length = 2000)
    private String message;

    @Column(name = "author_user_id", nullable = false, length = 100)
    private String authorUserId;

    @Column(name = "department_id")
    private UUID departmentId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ProgressUpdate() {
    }

    ProgressUpdate(UUID complaintId, String message, String authorUserId, UUID departmentId, Instant recordedAt) {
        super(UUID.randomUUID());
        this.complaintId = complaintId;
        this.message = message;
        this.authorUserId = authorUserId;
        this.departmentId = departmentId;
        this.recordedAt = recordedAt;
    }

    String message() {
        return message;
    }

    String authorUserId() {
        return authorUserId;
    }

    UUID departmentId() {
        return departmentId;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    UUID complaintId() {
        return complaintId;
    }
}
