package com.complaints.core.intake;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import com.complaints.core.tenancy.TenantOwnedEntity;

/** The tenant's daily case counter; one row per tenant, created with the tenant and locked to draw a number. */
@Entity
@Table(name = "case_number_counters")
class CaseNumberCounter extends TenantOwnedEntity {

    @Column(name = "counter_day", nullable = false)
    private LocalDate day;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected CaseNumberCounter() {
    }

    CaseNumberCounter(LocalDate day) {
        super(UUID.randomUUID());
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
