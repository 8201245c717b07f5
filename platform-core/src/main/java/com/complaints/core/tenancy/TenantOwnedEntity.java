package com.complaints.core.tenancy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * Base of every tenant-owned entity: a UUID id and the {@code tenant_id} that Hibernate fills in from the bound
 * tenant and adds to every query, update and delete.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 40)
    private String tenantId;

    /** For JPA. */
    protected TenantOwnedEntity() {
    }

    protected TenantOwnedEntity(UUID id) {
        this.id = id;
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }
}
