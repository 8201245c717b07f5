package com.complaints.core.department;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "department_members")
class DepartmentMember {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 40)
    private String tenantId;

    @Column(name = "department_id", nullable = false)
    private UUID departmentId;

    @Column(name = "user_id", nullable = false, length = 100)
    private String userId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected DepartmentMember() {
    }

    DepartmentMember(UUID departmentId, String userId, Instant addedAt) {
        this.id = UUID.randomUUID();
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
