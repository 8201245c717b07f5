package com.complaints.core.tenancy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.hibernate.annotations.TenantId;
import org.springframework.data.domain.Persistable;

/**
 * Base of every tenant-owned entity: a UUID id and the {@code tenant_id} that Hibernate fills in from the bound
 * tenant and adds to every query, update and delete.
 *
 * <p>Ids are assigned by the application, so the entity tells Spring Data whether it is new: a new entity is
 * persisted directly instead of being merged, which would first select it.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity implements Persistable<UUID> {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 40)
    private String tenantId;

    @Transient
    private boolean fresh;

    /** For JPA. */
    protected TenantOwnedEntity() {
    }

    protected TenantOwnedEntity(UUID id) {
        this.id = id;
        this.fresh = true;
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
    }
}
