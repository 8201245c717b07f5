package com.complaints.core.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.shared.ConflictException;
import com.complaints.core.tenancy.TenantOwnedEntity;

/** An improvement measure (改进措施). */
@Entity
@Table(name = "improvement_measures")
class ImprovementMeasure extends TenantOwnedEntity {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding_type", nullable = false, length = 20)
    private FindingType findingType;

    @Column(name = "finding", nullable = false, length = 2000)
    private String finding;

    @Column(name = "cause_analysis", length = 5000)
    private String causeAnalysis;

    @Column(name = "action", nullable = false, length = 5000)
    private String action;

    @Column(name = "owner_department_id")
    private UUID ownerDepartmentId;

    @Column(name = "owner_user_id", length = 100)
    private String ownerUserId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private MeasureStatus status;

    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    @Column(name = "timer_id")
    private UUID timerId;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ImprovementMeasure() {
    }

    ImprovementMeasure(MeasureRequest r, String createdBy, Instant now) {
        super(UUID.randomUUID());
        this.status = MeasureStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(r);
    }

    void describe(MeasureRequest r) {
        this.title = r.title().strip();
        this.findingType = r.findingType();
        this.finding = r.finding().strip();
        this.causeAnalysis = r.causeAnalysis() == null || r.causeAnalysis().isBlank() ? null : r.causeAnalysis().strip();
        this.action = r.action().strip();
        this.ownerDepartmentId = r.ownerDepartmentId();
        this.ownerUserId = r.ownerUserId();
        this.dueDate = r.dueDate();
    }

    void moveTo(MeasureStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new ConflictException("measure-transition", "a " + status + " measure cannot become " + next);
        }
        status = next;
        if (next == MeasureStatus.DONE) {
            doneAt = now;
        } else if (next == MeasureStatus.VERIFIED) {
            verifiedAt = now;
        } else if (next == MeasureStatus.IN_PROGRESS) {
            doneAt = null;
        }
    }

    void overdueNotified(Instant now) {
        this.overdueNotifiedAt = now;
    }

    void timer(UUID timerId) {
        this.timerId = timerId;
    }

    UUID timerId() {
        return timerId;
    }

    MeasureStatus status() {
        return status;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    String title() {
        return title;
    }

    String ownerUserId() {
        return ownerUserId;
    }

    UUID ownerDepartmentId() {
        return ownerDepartmentId;
    }

    long version() {
        return version;
    }

    MeasureView view(List<UUID> cases, LocalDate today) {
        boolean overdue = !status.isFinished() && today.isAfter(dueDate);
        return new MeasureView(id(), title, findingType, finding, causeAnalysis, action, ownerDepartmentId, ownerUserId,
                dueDate, status, overdue, cases, createdBy, createdAt, doneAt, verifiedAt, overdueNotifiedAt, version, List.of());
    }
}
