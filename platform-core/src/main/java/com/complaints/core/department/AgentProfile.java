package com.complaints.core.department;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** An agent's availability and capacity (open cases, urgent ones counting twice). */
@Entity
@Table(name = "agent_profiles")
class AgentProfile extends TenantOwnedEntity {

    static final int DEFAULT_CAPACITY = 20;

    @Column(name = "user_id", nullable = false, updatable = false, length = 100)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "availability", nullable = false, length = 16)
    private Availability availability;

    @Column(name = "on_leave_until")
    private LocalDate onLeaveUntil;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AgentProfile() {
    }

    AgentProfile(String userId) {
        super(UUID.randomUUID());
        this.userId = userId;
        this.availability = Availability.AVAILABLE;
        this.capacity = DEFAULT_CAPACITY;
    }

    void change(Availability availability, LocalDate onLeaveUntil, int capacity) {
        this.availability = availability;
        this.onLeaveUntil = onLeaveUntil;
        this.capacity = capacity;
    }

    /** Available today: not away, and not on leave (or the leave is over). */
    boolean availableOn(LocalDate today) {
        return switch (availability) {
            case AVAILABLE -> true;
            case AWAY -> false;
            case ON_LEAVE -> onLeaveUntil != null && onLeaveUntil.isBefore(today);
        };
    }

    String userId() {
        return userId;
    }

    Availability availability() {
        return availability;
    }

    LocalDate onLeaveUntil() {
        return onLeaveUntil;
    }

    int capacity() {
        return capacity;
    }
}
