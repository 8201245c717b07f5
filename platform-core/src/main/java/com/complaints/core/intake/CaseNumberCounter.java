package com.complaints.core.intake;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import com.complaints.core.tenancy.TenantOwnedEntity;

/** The tenant's daily case counter; one row per tenant, created with the tenant and locked briefly to take a block. */
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

    /**
     * Takes the next {@code size} numbers of the day for one node to hand out; a clock that went backwards keeps
     * counting on the later day.
     */
    Block take(LocalDate today, int size) {
        if (today.isAfter(day)) {
            day = today;
            lastValue = 0;
        }
        int first = lastValue + 1;
        lastValue += size;
        return new Block(day, first, lastValue);
    }

    /** Numbers {@code first..last} of {@code day}, this node's to hand out. */
    record Block(LocalDate day, int first, int last) {
    }
}
