package com.complaints.core.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;
import com.complaints.plugin.api.Notification;

/**
 * One notification to one recipient through one notifier instance, with its attempts. The recipient's address is
 * sealed (personal data); {@code recipientLabel} says who it is without it.
 */
@Entity
@Table(name = "notification_deliveries")
class NotificationDelivery extends TenantOwnedEntity {

    @Column(name = "outbox_id", nullable = false)
    private UUID outboxId;

    @Column(name = "complaint_id")
    private UUID complaintId;

    @Column(name = "event", nullable = false, length = 40)
    private String event;

    @Column(name = "instance_key", nullable = false, length = 40)
    private String instanceKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 10)
    private Notification.Kind recipientKind;

    @Column(name = "recipient_label", nullable = false, length = 120)
    private String recipientLabel;

    @Column(name = "recipient_address", length = 1000)
    private String sealedAddress;

    @Column(name = "locale", nullable = false, length = 10)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "provider_reference", length = 200)
    private String providerReference;

    @Column(name = "timer_id")
    private UUID timerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NotificationDelivery() {
    }

    NotificationDelivery(UUID outboxId, UUID complaintId, String event, String instanceKey, Notification.Kind kind,
                         String recipientLabel, String sealedAddress, String locale, Instant now) {
        super(UUID.randomUUID());
        this.outboxId = outboxId;
        this.complaintId = complaintId;
        this.event = event;
        this.instanceKey = instanceKey;
        this.recipientKind = kind;
        this.recipientLabel = recipientLabel;
        this.sealedAddress = sealedAddress;
        this.locale = locale;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** An attempt starts; {@code leaseTimer} fires if it never reports back (the node died). */
    void claim(UUID leaseTimer, Instant leaseUntil) {
        status = DeliveryStatus.IN_FLIGHT;
        attempts++;
        timerId = leaseTimer;
        nextAttemptAt = leaseUntil;
    }

    void delivered(String reference, Instant now) {
        status = DeliveryStatus.DELIVERED;
        providerReference = reference == null ? null : truncate(reference, 200);
        lastError = null;
        finishedAt = now;
        nextAttemptAt = null;
        timerId = null;
    }

    void retryAt(Instant at, UUID timer, String error) {
        status = DeliveryStatus.PENDING;
        lastError = truncate(error, 1000);
        nextAttemptAt = at;
        timerId = timer;
    }

    void dead(String error, Instant now) {
        status = DeliveryStatus.DEAD;
        lastError = truncate(error, 1000);
        finishedAt = now;
        nextAttemptAt = null;
        timerId = null;
    }

    /** Back from the dead-letter list for a fresh round of attempts. */
    void revive(UUID timer, Instant now) {
        status = DeliveryStatus.PENDING;
        attempts = 0;
        finishedAt = null;
        nextAttemptAt = now;
        timerId = timer;
    }

    UUID outboxId() {
        return outboxId;
    }

    UUID complaintId() {
        return complaintId;
    }

    String event() {
        return event;
    }

    String instanceKey() {
        return instanceKey;
    }

    Notification.Kind recipientKind() {
        return recipientKind;
    }

    String recipientLabel() {
        return recipientLabel;
    }

    String sealedAddress() {
        return sealedAddress;
    }

    String locale() {
        return locale;
    }

    DeliveryStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    UUID timerId() {
        return timerId;
    }

    DeliveryView view() {
        return new DeliveryView(id(), complaintId, event, instanceKey, recipientKind, recipientLabel, status, attempts,
                nextAttemptAt, lastError, providerReference, createdAt, finishedAt);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
