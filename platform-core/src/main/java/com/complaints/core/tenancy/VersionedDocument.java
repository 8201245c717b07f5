package com.complaints.core.tenancy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A tenant's configuration document kept in versions (SLA policy, routing rules): each change is a new row with
 * the next number; old versions stay for what they governed. Subclasses name the columns.
 */
@MappedSuperclass
public abstract class VersionedDocument extends TenantOwnedEntity {

    @Column(name = "doc_version", nullable = false, updatable = false)
    private int docVersion;

    @Column(name = "content", nullable = false, updatable = false, length = 1_000_000)
    private String content;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** For JPA. */
    protected VersionedDocument() {
    }

    protected VersionedDocument(int docVersion, String content, String createdBy, Instant createdAt) {
        super(UUID.randomUUID());
        this.docVersion = docVersion;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public int docVersion() {
        return docVersion;
    }

    public String content() {
        return content;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
