package com.complaints.core.measure;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** A case a measure is about. */
@Entity
@Table(name = "measure_cases")
class MeasureCase extends TenantOwnedEntity {

    @Column(name = "measure_id", nullable = false)
    private UUID measureId;

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    protected MeasureCase() {
    }

    MeasureCase(UUID measureId, UUID complaintId) {
        super(UUID.randomUUID());
        this.measureId = measureId;
        this.complaintId = complaintId;
    }

    UUID measureId() {
        return measureId;
    }

    UUID complaintId() {
        return complaintId;
    }
}
