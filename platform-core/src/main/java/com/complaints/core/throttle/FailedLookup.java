package com.complaints.core.throttle;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** The failed lookups of one bucket (a client, a case) in the current window. Kept in the database: every node sees it. */
@Entity
@Table(name = "failed_lookups")
class FailedLookup extends TenantOwnedEntity {

    @Column(name = "bucket", nullable = false, length = 120)
    private String bucket;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "failures", nullable = false)
    private int failures;

    protected FailedLookup() {
    }

    FailedLookup(String bucket, Instant windowStart) {
        super(UUID.randomUUID());
        this.bucket = bucket;
        this.windowStart = windowStart;
        this.failures = 1;
    }

    String bucket() {
        return bucket;
    }

    Instant windowStart() {
        return windowStart;
    }

    int failures() {
        return failures;
    }
}
