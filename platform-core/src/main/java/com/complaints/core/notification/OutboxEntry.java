package com.complaints.core.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** A notification waiting in the outbox for delivery. */
@Entity
@Table(name = "notification_outbox")
class OutboxEntry extends TenantOwnedEntity {

    @Column(name = "event", nullable = false, length = 40)
    private String event;

    @Column(name = "complaint_id")
    private UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient", nullable = false, length = 20)
    private StaffNotification.Recipient recipient;

    @Column(name = "recipient_id", length = 100)
    private String recipientId;

    @Column(name = "variables", nullable = false, length = 10000)
    private String variables;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected OutboxEntry() {
    }

    OutboxEntry(StaffNotification n, String variables, Instant now) {
        super(UUID.randomUUID());
        this.event = n.event();
        this.complaintId = n.complaintId();
        this.recipient = n.recipient();
        this.recipientId = n.recipientId();
        this.variables = variables;
        this.createdAt = now;
    }
}
