package com.complaints.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.complaint.ClockView;
import com.complaints.core.tenancy.TenantOwnedEntity;

/**
 * One deadline of a case: running, paused, met, breached or cancelled, with its due, warning and second-level
 * instants and the ids of the timers that watch them.
 */
@Entity
@Table(name = "sla_clocks")
class SlaClock extends TenantOwnedEntity {

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "metric", nullable = false, updatable = false, length = 32)
    private ClockMetric metric;

    @Column(name = "policy_version", nullable = false, updatable = false)
    private int policyVersion;

    @Column(name = "round", nullable = false, updatable = false)
    private int round;

    @Column(name = "business_time", nullable = false, updatable = false)
    private boolean businessTime;

    @Column(name = "urgent", nullable = false, updatable = false)
    private boolean urgent;

    @Column(name = "reference_id", updatable = false)
    private UUID referenceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private ClockState state;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "warn_at", nullable = false)
    private Instant warnAt;

    @Column(name = "second_level_at", nullable = false)
    private Instant secondLevelAt;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "met_at")
    private Instant metAt;

    @Column(name = "breached_at")
    private Instant breachedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "paused_seconds", nullable = false)
    private long pausedSeconds;

    @Column(name = "remaining_seconds")
    private Long remainingSeconds;

    @Column(name = "remaining_to_warn_seconds")
    private Long remainingToWarnSeconds;

    @Column(name = "warning_timer_id")
    private UUID warningTimerId;

    @Column(name = "breach_timer_id")
    private UUID breachTimerId;

    @Column(name = "second_level_timer_id")
    private UUID secondLevelTimerId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SlaClock() {
    }

    SlaClock(UUID complaintId, ClockMetric metric, int policyVersion, int round, boolean businessTime, boolean urgent,
             UUID referenceId, Instant startedAt, Instant dueAt, Instant warnAt, Instant secondLevelAt) {
        super(UUID.randomUUID());
        this.complaintId = complaintId;
        this.metric = metric;
        this.policyVersion = policyVersion;
        this.round = round;
        this.businessTime = businessTime;
        this.urgent = urgent;
        this.referenceId = referenceId;
        this.state = ClockState.RUNNING;
        this.startedAt = startedAt;
        this.dueAt = dueAt;
        this.warnAt = warnAt;
        this.secondLevelAt = secondLevelAt;
    }

    void watchedBy(UUID warningTimer, UUID breachTimer, UUID secondLevelTimer) {
        this.warningTimerId = warningTimer;
        this.breachTimerId = breachTimer;
        this.secondLevelTimerId = secondLevelTimer;
    }

    /** @return whether the clock was open and is now met */
    boolean meet(Instant at) {
        if (state.isOpen()) {
            state = ClockState.MET;
            metAt = at;
            return true;
        }
        if (state == ClockState.BREACHED && metAt == null) {
            metAt = at;
        }
        return false;
    }

    boolean cancel() {
        if (state.isOpen()) {
            state = ClockState.CANCELLED;
            return true;
        }
        return false;
    }

    void pause(Instant at, Duration remaining, Duration remainingToWarn) {
        state = ClockState.PAUSED;
        pausedAt = at;
        remainingSeconds = remaining.toSeconds();
        remainingToWarnSeconds = remainingToWarn == null ? null : remainingToWarn.toSeconds();
    }

    void resume(Duration paused, Instant dueAt, Instant warnAt, Instant secondLevelAt) {
        state = ClockState.RUNNING;
        pausedSeconds += paused.toSeconds();
        pausedAt = null;
        remainingSeconds = null;
        remainingToWarnSeconds = null;
        this.dueAt = dueAt;
        this.warnAt = warnAt;
        this.secondLevelAt = secondLevelAt;
    }

    boolean warn(Instant at) {
        if (state == ClockState.RUNNING && warnedAt == null) {
            warnedAt = at;
            return true;
        }
        return false;
    }

    boolean breach() {
        if (state == ClockState.RUNNING) {
            state = ClockState.BREACHED;
            breachedAt = dueAt;
            return true;
        }
        return false;
    }

    boolean escalate(Instant at) {
        if (state == ClockState.BREACHED && metAt == null && escalatedAt == null) {
            escalatedAt = at;
            return true;
        }
        return false;
    }

    ClockView view() {
        return new ClockView(id(), metric.name(), state.name(), policyVersion, round, businessTime, startedAt, dueAt,
                warnAt, warnedAt, metAt, breachedAt, escalatedAt, pausedAt, pausedSeconds);
    }

    UUID complaintId() {
        return complaintId;
    }

    ClockMetric metric() {
        return metric;
    }

    int policyVersion() {
        return policyVersion;
    }

    boolean businessTime() {
        return businessTime;
    }

    boolean urgent() {
        return urgent;
    }

    UUID referenceId() {
        return referenceId;
    }

    ClockState state() {
        return state;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant warnAt() {
        return warnAt;
    }

    Instant warnedAt() {
        return warnedAt;
    }

    Instant metAt() {
        return metAt;
    }

    Instant pausedAt() {
        return pausedAt;
    }

    Long remainingSeconds() {
        return remainingSeconds;
    }

    Long remainingToWarnSeconds() {
        return remainingToWarnSeconds;
    }

    UUID warningTimerId() {
        return warningTimerId;
    }

    UUID breachTimerId() {
        return breachTimerId;
    }

    UUID secondLevelTimerId() {
        return secondLevelTimerId;
    }
}
