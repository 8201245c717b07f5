package com.complaints.core.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** A tenant's own wording of an event's notification in one language (else the platform default applies). */
@Entity
@Table(name = "notification_templates")
class NotificationTemplate extends TenantOwnedEntity {

    @Column(name = "event", nullable = false, length = 40)
    private String event;

    @Column(name = "locale", nullable = false, length = 10)
    private String locale;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "body", nullable = false, length = 5000)
    private String body;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NotificationTemplate() {
    }

    NotificationTemplate(String event, String locale, String subject, String body, String updatedBy, Instant now) {
        super(UUID.randomUUID());
        this.event = event;
        this.locale = locale;
        change(subject, body, updatedBy, now);
    }

    void change(String subject, String body, String updatedBy, Instant now) {
        this.subject = subject;
        this.body = body;
        this.updatedBy = updatedBy;
        this.updatedAt = now;
    }

    String event() {
        return event;
    }

    String locale() {
        return locale;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
