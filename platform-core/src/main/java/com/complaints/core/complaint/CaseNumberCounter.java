package com.complaints.core.complaint;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** The tenant's daily case counter; one row per tenant, created with the tenant and locked to draw a number. */
@Entity
@Table(name = "case_number_counters")
class CaseNumberCounter {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 40)
    private String tenantId;

    @Column(name = "counter_day", nullable = false)
    private LocalDate day;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected CaseNumberCounter() {
    }

    CaseNumberCounter(LocalDate day) {
        this.id = UUID.randomUUID();
        this.day = day;
    }

    /** Draws the next number of the day; a clock that went backwards keeps counting on the later day. */
    Drawn next(LocalDate today) {
        if (today.isAfter(day)) {
            day = today;
            lastValue = 0;
        }
        return new Drawn(day, ++lastValue);
    }

    record Drawn(LocalDate day, int sequence) {
    }
}
