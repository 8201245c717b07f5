package com.complaints.core.retention;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** The tenant's retention policy and its timer (one row per tenant). */
@Entity
@Table(name = "retention_policies")
class RetentionPolicy extends TenantOwnedEntity {

    /** What a tenant keeps before its admin sets a policy: identities without end, the access log three years. */
    static final int DEFAULT_ACCESS_LOG_DAYS = 1095;

    @Column(name = "timer_id")
    private UUID timerId;

    @Column(name = "anonymise_after_business_days")
    private Integer anonymiseAfterBusinessDays;

    @Column(name = "access_log_days", nullable = false)
    private int accessLogDays;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    protected RetentionPolicy() {
    }

    RetentionPolicy(String by, Instant now) {
        super(UUID.randomUUID());
        this.accessLogDays = DEFAULT_ACCESS_LOG_DAYS;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void change(Integer anonymiseAfterBusinessDays, int accessLogDays, String by, Instant now) {
        this.anonymiseAfterBusinessDays = anonymiseAfterBusinessDays;
        this.accessLogDays = accessLogDays;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void ran(Instant at) {
        this.lastRunAt = at;
    }

    void timer(UUID timerId) {
        this.timerId = timerId;
    }

    UUID timerId() {
        return timerId;
    }

    Integer anonymiseAfterBusinessDays() {
        return anonymiseAfterBusinessDays;
    }

    int accessLogDays() {
        return accessLogDays;
    }

    long version() {
        return version;
    }

    RetentionPolicyView view(Instant nextRunAt) {
        return new RetentionPolicyView(anonymiseAfterBusinessDays, accessLogDays, version, updatedBy, updatedAt, lastRunAt,
                nextRunAt);
    }
}
