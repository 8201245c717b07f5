package com.complaints.core.department;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import com.complaints.core.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "department_members")
class DepartmentMember extends TenantOwnedEntity {

    @Column(name = "department_id", nullable = false)
    private UUID departmentId;

    @Column(name = "user_id", nullable = false, length = 100)
    private String userId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected DepartmentMember() {
    }

    DepartmentMember(UUID departmentId, String userId, Instant addedAt) {
        super(UUID.randomUUID());
        this.departmentId = departmentId;
        this.userId = userId;
        this.addedAt = addedAt;
    }

    UUID departmentId() {
        return departmentId;
    }

    String userId() {
        return userId;
    }
}
