package com.complaints.core.view;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** A named filter and sort of the case list: its owner's, or shared with the whole tenant. */
@Entity
@Table(name = "saved_views")
class SavedView extends TenantOwnedEntity {

    @Column(name = "owner_user_id", nullable = false, length = 100)
    private String ownerUserId;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "query", nullable = false, length = 1000)
    private String query;

    @Column(name = "shared", nullable = false)
    private boolean shared;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SavedView() {
    }

    SavedView(String ownerUserId, String name, String query, boolean shared, Instant now) {
        super(UUID.randomUUID());
        this.ownerUserId = ownerUserId;
        this.name = name;
        this.query = query;
        this.shared = shared;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(String name, String query, boolean shared, Instant now) {
        this.name = name;
        this.query = query;
        this.shared = shared;
        this.updatedAt = now;
    }

    String ownerUserId() {
        return ownerUserId;
    }

    boolean shared() {
        return shared;
    }

    SavedViews.View view(String reader) {
        return new SavedViews.View(id(), name, query, shared, ownerUserId, ownerUserId.equals(reader), version, updatedAt);
    }
}
