package com.complaints.core.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.complaints.core.tenancy.TenantOwnedEntity;

/**
 * A notification event in the outbox, written in the transaction of the change that caused it. Its deliveries (one
 * per notifier instance and recipient) are written with it; {@code dispatchedAt} records that.
 */
@Entity
@Table(name = "notification_outbox")
class OutboxEntry extends TenantOwnedEntity {

    @Column(name = "event", nullable = false, length = 40)
    private String event;

    @Column(name = "complaint_id")
    private UUID complaintId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Column(name = "audience", length = 20)
    private String audience;

    /** The staff recipient (USER, DEPARTMENT, DEPARTMENT_HEAD, TENANT_ADMINS) or CONSUMER. */
    @Column(name = "recipient", nullable = false, length = 20)
    private String recipient;

    @Column(name = "recipient_id", length = 100)
    private String recipientId;

    @Column(name = "variables", nullable = false, length = 10000)
    private String variables;

    @Column(name = "secret_variables", length = 4000)
    private String secretVariables;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant dispatchedAt;

    protected OutboxEntry() {
    }

    OutboxEntry(NotificationEvent event, UUID complaintId, String caseNumber, String recipient, String recipientId,
                String variables, String sealedSecretVariables, Instant now) {
        super(UUID.randomUUID());
        this.event = event.name();
        this.complaintId = complaintId;
        this.caseNumber = caseNumber;
        this.audience = event.audience().name();
        this.recipient = recipient;
        this.recipientId = recipientId;
        this.variables = variables;
        this.secretVariables = sealedSecretVariables;
        this.createdAt = now;
        this.dispatchedAt = now;
    }

    String event() {
        return event;
    }

    UUID complaintId() {
        return complaintId;
    }

    String caseNumber() {
        return caseNumber;
    }

    String variables() {
        return variables;
    }

    String secretVariables() {
        return secretVariables;
    }

    Instant createdAt() {
        return createdAt;
    }
}
