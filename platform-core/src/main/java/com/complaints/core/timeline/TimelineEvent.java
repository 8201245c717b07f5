package com.complaints.core.timeline;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import com.complaints.core.tenancy.TenantOwnedEntity;

/**
 * One immutable entry of a case's timeline. There is no update or delete path: the entity is immutable, and in
 * PostgreSQL the application role holds only SELECT and INSERT on the table.
 */
@Entity
@Immutable
@Table(name = "timeline_events")
class TimelineEvent extends TenantOwnedEntity {

    /** Insertion order, assigned by the database (identity); orders events recorded in the same instant. */
    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String type;

    @Column(name = "actor", nullable = false, length = 110)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "summary", length = 5000)
    private String summary;

    @Column(name = "changes", nullable = false, length = 20000)
    private String changes;

    @Column(name = "reference_id")
    private UUID referenceId;

    protected TimelineEvent() {
    }

    TimelineEvent(UUID complaintId, String type, String actor, Instant occurredAt, String summary, String changes,
                  UUID referenceId) {
        super(UUID.randomUUID());
        this.complaintId = complaintId;
        this.type = type;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.summary = summary;
        this.changes = changes;
        this.referenceId = referenceId;
    }

    String type() {
        return type;
    }

    String actor() {
        return actor;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String summary() {
        return summary;
    }

    String changes() {
        return changes;
    }

    UUID referenceId() {
        return referenceId;
    }
}
