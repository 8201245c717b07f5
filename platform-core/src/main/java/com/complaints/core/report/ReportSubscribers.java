package com.complaints.core.report;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** Who receives the tenant's reports by e-mail, and the tenant's pending period-close timer. */
@Entity
@Table(name = "report_subscribers")
class ReportSubscribers extends TenantOwnedEntity {

    @Column(name = "emails", nullable = false, length = 4000)
    private String emails;

    @Column(name = "timer_id")
    private UUID timerId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReportSubscribers() {
    }

    ReportSubscribers(List<String> emails) {
        super(UUID.randomUUID());
        this.emails = String.join(",", emails);
    }

    void emails(List<String> emails) {
        this.emails = String.join(",", emails);
    }

    List<String> emails() {
        return emails.isBlank() ? List.of() : Arrays.asList(emails.split(","));
    }

    UUID timerId() {
        return timerId;
    }

    void timer(UUID timerId) {
        this.timerId = timerId;
    }
}
