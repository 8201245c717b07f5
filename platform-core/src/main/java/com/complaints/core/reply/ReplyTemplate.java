package com.complaints.core.reply;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** A canned reply in one language. */
@Entity
@Table(name = "reply_templates")
class ReplyTemplate extends TenantOwnedEntity {

    @Column(name = "template_key", nullable = false, length = 40)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private ReplyPurpose purpose;

    @Column(name = "category", length = 30)
    private String category;

    @Column(name = "locale", nullable = false, length = 10)
    private String locale;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "body", nullable = false, length = 2000)
    private String body;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReplyTemplate() {
    }

    ReplyTemplate(String key, String locale, ReplyPurpose purpose, String category, String title, String body, String actor,
                  Instant now) {
        super(UUID.randomUUID());
        this.key = key;
        this.locale = locale;
        change(purpose, category, title, body, actor, now);
    }

    void change(ReplyPurpose purpose, String category, String title, String body, String actor, Instant now) {
        this.purpose = purpose;
        this.category = category;
        this.title = title;
        this.body = body;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    String key() {
        return key;
    }

    String locale() {
        return locale;
    }

    String body() {
        return body;
    }

    long version() {
        return version;
    }

    ReplyTemplateView view() {
        return new ReplyTemplateView(key, locale, purpose, category, title, body, updatedBy, updatedAt, version);
    }
}
