package com.complaints.core.idempotency;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import com.complaints.core.tenancy.TenantOwnedEntity;

/** The first response to a request with an Idempotency-Key, kept to answer repeats of it. */
@Entity
@Table(name = "idempotency_records")
class IdempotencyRecord extends TenantOwnedEntity {

    /** Whose key it is ({@code staff:<user>} or {@code anonymous}): another caller's same key is another request. */
    @Column(name = "caller", nullable = false, length = 240)
    private String caller;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    private String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "response_body", length = 1_000_000)
    private String responseBody;

    @Column(name = "etag", length = 64)
    private String etag;

    @Column(name = "location", length = 500)
    private String location;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(String caller, String key, String requestHash, Instant createdAt) {
        super(UUID.randomUUID());
        this.caller = caller;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    void complete(int statusCode, String responseBody, String etag, String location) {
        this.statusCode = statusCode;
        this.responseBody = responseBody;
        this.etag = etag;
        this.location = location;
    }

    String requestHash() {
        return requestHash;
    }

    Integer statusCode() {
        return statusCode;
    }

    String responseBody() {
        return responseBody;
    }

    String etag() {
        return etag;
    }

    String location() {
        return location;
    }
}
