package com.complaints.core.sla;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SlaClockRepository extends JpaRepository<SlaClock, UUID> {

    List<SlaClock> findByComplaintIdOrderByStartedAtAscMetricAsc(UUID complaintId);

    List<SlaClock> findByComplaintIdIn(java.util.Collection<UUID> complaintIds);

    /** The clock, locked: timers of one clock firing at once apply their effects one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SlaClock c where c.id = :id")
    Optional<SlaClock> lock(UUID id);
}
