package com.complaints.core.tenancy;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A subscribing company. The registry of tenants is the platform's own table: its key is the tenant id that
 * every tenant-owned row carries.
 */
@Entity
@Table(name = "tenants")
public class Tenant {

    @Id
    @Column(name = "id", length = 40)
    private String slug;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "locale", nullable = false, length = 10)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TenantStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tenant() {
    }

    Tenant(String slug, String displayName, ZoneId timeZone, SupportedLocale locale, Instant createdAt) {
        this.slug = slug;
        this.displayName = displayName;
        this.timeZone = timeZone.getId();
        this.locale = locale.tag();
        this.status = TenantStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    public String slug() {
        return slug;
    }

    public String displayName() {
        return displayName;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public SupportedLocale locale() {
        return SupportedLocale.fromTag(locale);
    }

    public TenantStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    void suspend() {
        status = TenantStatus.SUSPENDED;
    }

    void resume() {
        status = TenantStatus.ACTIVE;
    }
}
