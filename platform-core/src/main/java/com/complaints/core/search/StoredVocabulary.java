package com.complaints.core.search;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** A tenant's edited search vocabulary, as JSON (absent: the defaults). */
@Entity
@Table(name = "search_vocabularies")
class StoredVocabulary extends TenantOwnedEntity {

    @Column(name = "vocabulary", nullable = false, length = 200_000)
    private String vocabulary;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StoredVocabulary() {
    }

    StoredVocabulary(String vocabulary, String updatedBy, Instant updatedAt) {
        super(UUID.randomUUID());
        change(vocabulary, updatedBy, updatedAt);
    }

    void change(String vocabulary, String updatedBy, Instant updatedAt) {
        this.vocabulary = vocabulary;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    String vocabulary() {
        return vocabulary;
    }

    /** The revision: 1 for the first edit (0 is the defaults). */
    long revision() {
        return version + 1;
    }
}
