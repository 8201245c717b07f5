package com.complaints.core.calendar;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** A tenant's business calendar (scope {@code tenant}) or a department's override (scope = department id). */
@Entity
@Table(name = "business_calendars")
class StoredCalendar extends TenantOwnedEntity {

    static final String TENANT_SCOPE = "tenant";

    @Column(name = "scope_key", nullable = false, updatable = false, length = 40)
    private String scopeKey;

    @Column(name = "department_id", updatable = false)
    private UUID departmentId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "weekly_hours", nullable = false, length = 20000)
    private String weeklyHours;

    @Column(name = "special_days", nullable = false, length = 1_000_000)
    private String specialDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StoredCalendar() {
    }

    StoredCalendar(UUID departmentId, String name, String timeZone, String weeklyHours, String specialDays, Instant now) {
        super(UUID.randomUUID());
        this.departmentId = departmentId;
        this.scopeKey = departmentId == null ? TENANT_SCOPE : departmentId.toString();
        this.name = name;
        this.timeZone = timeZone;
        this.weeklyHours = weeklyHours;
        this.specialDays = specialDays;
        this.updatedAt = now;
    }

    void change(String name, String timeZone, String weeklyHours, String specialDays, Instant now) {
        this.name = name;
        this.timeZone = timeZone;
        this.weeklyHours = weeklyHours;
        this.specialDays = specialDays;
        this.updatedAt = now;
    }

    void replaceSpecialDays(String specialDays, Instant now) {
        this.specialDays = specialDays;
        this.updatedAt = now;
    }

    boolean isTenantDefault() {
        return departmentId == null;
    }

    UUID departmentId() {
        return departmentId;
    }

    String name() {
        return name;
    }

    String timeZone() {
        return timeZone;
    }

    String weeklyHours() {
        return weeklyHours;
    }

    String specialDays() {
        return specialDays;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
