package com.complaints.core.department;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import com.complaints.core.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "departments")
class Department extends TenantOwnedEntity {

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 32)
    private DepartmentType type;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "head_user_id", length = 100)
    private String headUserId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_mode", nullable = false, length = 16)
    private AssignmentMode assignmentMode = AssignmentMode.MANUAL;

    @Column(name = "round_robin_cursor", nullable = false)
    private int roundRobinCursor;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Department() {
    }

    Department(String code, DepartmentType type, String nameZh, String nameEn, Instant createdAt) {
        super(UUID.randomUUID());
        this.code = code;
        this.type = type;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.createdAt = createdAt;
    }

    public String code() {
        return code;
    }

    public DepartmentType type() {
        return type;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String headUserId() {
        return headUserId;
    }

    public long version() {
        return version;
    }

    public AssignmentMode assignmentMode() {
        return assignmentMode;
    }

    int roundRobinCursor() {
        return roundRobinCursor;
    }

    void assignBy(AssignmentMode mode) {
        this.assignmentMode = mode;
    }

    void advanceRoundRobin(int cursor) {
        this.roundRobinCursor = cursor;
    }

    void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    void appointHead(String userId) {
        this.headUserId = userId;
    }
}
