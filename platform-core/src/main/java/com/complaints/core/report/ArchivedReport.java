package com.complaints.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** A report generated when its month or quarter closed, kept as it was then. */
@Entity
@Table(name = "evaluation_reports")
class ArchivedReport extends TenantOwnedEntity {

    @Column(name = "period", nullable = false, length = 20)
    private String period;

    @Column(name = "from_day", nullable = false)
    private LocalDate from;

    @Column(name = "to_day", nullable = false)
    private LocalDate to;

    @Column(name = "snapshot", nullable = false, length = 1000000)
    private String snapshot;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    protected ArchivedReport() {
    }

    ArchivedReport(String period, LocalDate from, LocalDate to, String snapshot, Instant generatedAt) {
        super(UUID.randomUUID());
        this.period = period;
        this.from = from;
        this.to = to;
        this.snapshot = snapshot;
        this.generatedAt = generatedAt;
    }

    /** Newer figures of the same period: the report keeps its id, so links to it stay valid. */
    void replace(LocalDate from, LocalDate to, String snapshot, Instant generatedAt) {
        this.from = from;
        this.to = to;
        this.snapshot = snapshot;
        this.generatedAt = generatedAt;
    }

    String period() {
        return period;
    }

    String snapshot() {
        return snapshot;
    }

    ArchivedReportView view() {
        return new ArchivedReportView(id(), period, from, to, generatedAt);
    }
}
