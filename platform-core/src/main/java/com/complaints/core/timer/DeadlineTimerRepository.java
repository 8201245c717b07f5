package com.complaints.core.timer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DeadlineTimerRepository extends JpaRepository<DeadlineTimer, UUID> {

    /** The firing: succeeds for exactly one caller per timer version. */
    @Modifying(flushAutomatically = true)
    @Query("update DeadlineTimer t set t.firedAt = :now where t.id = :id and t.version = :version "
            + "and t.firedAt is null and t.active = true")
    int fire(UUID id, long version, Instant now);

    List<DeadlineTimer> findBySubjectId(UUID subjectId);

    /** The cases the timers belong to (timers of reports, polls and the like belong to none). */
    @Query("select distinct t.complaintId from DeadlineTimer t where t.id in :ids and t.complaintId is not null")
    List<UUID> complaintIdsOf(java.util.Collection<UUID> ids);
}
