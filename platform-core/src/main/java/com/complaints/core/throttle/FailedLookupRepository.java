package com.complaints.core.throttle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FailedLookupRepository extends JpaRepository<FailedLookup, UUID> {

    List<FailedLookup> findByBucketIn(Collection<String> buckets);

    /** Counts a failure in a running window, or starts a new window when the old one has passed. */
    @Modifying
    @Query("""
            update FailedLookup f set
              f.failures = case when f.windowStart <= :windowOpen then 1 else f.failures + 1 end,
              f.windowStart = case when f.windowStart <= :windowOpen then :now else f.windowStart end
            where f.bucket = :bucket""")
    int countFailure(String bucket, Instant now, Instant windowOpen);

    @Modifying
    @Query("delete from FailedLookup f where f.windowStart < :before")
    int deleteOlderThan(Instant before);
}
