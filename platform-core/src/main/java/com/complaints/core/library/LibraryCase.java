package com.complaints.core.library;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** A typical case in the library: an anonymised copy with the lessons learned; the original stays access-controlled. */
@Entity
@Table(name = "library_cases")
class LibraryCase extends TenantOwnedEntity {

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private LibraryCaseKind kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "lessons", nullable = false, length = 5000)
    private String lessons;

    @Column(name = "tags", nullable = false, length = 500)
    private String tags;

    @Column(name = "category", length = 30)
    private String category;

    @Column(name = "channel", nullable = false, length = 32)
    private String channel;

    @Column(name = "product", nullable = false, length = 200)
    private String product;

    @Column(name = "region", length = 100)
    private String region;

    @Column(name = "body", nullable = false, length = 20000)
    private String body;

    @Column(name = "marked_by", nullable = false, length = 100)
    private String markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LibraryCase() {
    }

    LibraryCase(UUID complaintId, LibraryCaseKind kind, String title, String lessons, List<String> tags, String category,
                String channel, String product, String region, String body, String markedBy, Instant now) {
        super(UUID.randomUUID());
        this.complaintId = complaintId;
        this.category = category;
        this.channel = channel;
        this.product = product;
        this.region = region;
        this.body = body;
        this.markedBy = markedBy;
        this.markedAt = now;
        describe(kind, title, lessons, tags);
    }

    void describe(LibraryCaseKind kind, String title, String lessons, List<String> tags) {
        this.kind = kind;
        this.title = title;
        this.lessons = lessons;
        this.tags = String.join(",", tags);
    }

    UUID complaintId() {
        return complaintId;
    }

    long version() {
        return version;
    }

    LibraryCaseView view() {
        return new LibraryCaseView(id(), kind, title, lessons, tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")),
                category, channel, product, region, body, markedBy, markedAt, version);
    }
}
