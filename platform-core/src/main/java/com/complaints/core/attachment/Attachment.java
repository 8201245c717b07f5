package com.complaints.core.attachment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import com.complaints.core.tenancy.TenantOwnedEntity;

/** The metadata of a file attached to a complaint; its content is in the {@link AttachmentStorage}. */
@Entity
@Immutable
@Table(name = "attachments")
class Attachment extends TenantOwnedEntity {

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 200)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(UUID complaintId, String fileName, String contentType, AttachmentStorage.StoredContent stored,
               String uploadedBy, Instant uploadedAt) {
        super(UUID.randomUUID());
        this.complaintId = complaintId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = stored.size();
        this.sha256 = stored.sha256();
        this.storageKey = stored.key();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    UUID complaintId() {
        return complaintId;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String sha256() {
        return sha256;
    }

    String storageKey() {
        return storageKey;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    AttachmentView view() {
        return new AttachmentView(id(), fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
    }
}
