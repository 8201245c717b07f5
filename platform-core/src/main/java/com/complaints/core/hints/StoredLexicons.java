package com.complaints.core.hints;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** A tenant's edited hint lexicons (absent: the defaults). */
@Entity
@Table(name = "hint_lexicons")
class StoredLexicons extends TenantOwnedEntity {

    @Column(name = "lexicons", nullable = false, length = 200_000)
    private String lexicons;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StoredLexicons() {
    }

    StoredLexicons(String lexicons, String updatedBy, Instant updatedAt) {
        super(UUID.randomUUID());
        change(lexicons, updatedBy, updatedAt);
    }

    void change(String lexicons, String updatedBy, Instant updatedAt) {
        this.lexicons = lexicons;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    String lexicons() {
        return lexicons;
    }

    long version() {
        return version;
    }
}
