package com.complaints.core.call;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CallRepository extends JpaRepository<CallRecord, UUID> {

    Optional<CallRecord> findByCallId(String callId);

    Page<CallRecord> findByFirstEventAtGreaterThanEqualAndFirstEventAtLessThanOrderByFirstEventAtDesc(
            Instant from, Instant to, Pageable page);

    /** calls, answered, answered within three rings, abandoned, average rings, complaints taken. */
    @Query("""
            select count(c),
                   coalesce(sum(case when c.answeredAt is not null then 1 else 0 end), 0),
                   coalesce(sum(case when c.answeredAt is not null and c.ringCount <= 3 then 1 else 0 end), 0),
                   coalesce(sum(case when c.answeredAt is null and c.endedAt is not null then 1 else 0 end), 0),
                   avg(case when c.answeredAt is not null then c.ringCount else null end),
                   coalesce(sum(case when c.complaintId is not null then 1 else 0 end), 0)
            from CallRecord c where c.firstEventAt >= :from and c.firstEventAt < :to""")
    List<Object[]> answering(@Param("from") Instant from, @Param("to") Instant to);
}
