package com.complaints.core.complaint;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<Complaint, UUID>, JpaSpecificationExecutor<Complaint> {

    Optional<Complaint> findByCaseNumber(String caseNumber);

    Optional<Complaint> findByChannelAndChannelMessageId(String channel, String channelMessageId);

    List<Complaint> findByChannelMessageIdIn(java.util.Collection<String> channelMessageIds);

    List<Complaint> findByIdGreaterThan(UUID after, Pageable page);

    /** The case, locked for the change (see {@code CaseLocks}: the case row first, then its clocks and timers). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Complaint c where c.id = :id")
    java.util.Optional<Complaint> findForChange(UUID id);

    List<Complaint> findByReceivedAtGreaterThanEqualAndReceivedAtLessThan(Instant from, Instant to);

    String SKETCH = "select new com.complaints.core.complaint.CaseSketch(c.id, c.caseNumber, c.status, c.receivedAt, "
            + "c.description, c.phoneKey, c.emailKey, c.referenceKey, c.createdBy, c.departmentId) from Complaint c ";

    /** The unmerged ones among the given cases. */
    @Query(SKETCH + "where c.id in :ids and c.status <> com.complaints.core.complaint.ComplaintStatus.MERGED")
    List<CaseSketch> findUnmergedSketches(java.util.Collection<UUID> ids);

    List<Complaint> findByMergedIntoOrderByReceivedAt(UUID primary);

    /** Open cases per assignee and urgency: the agents' load. */
    @Query("select c.assigneeUserId, c.urgency, count(c) from Complaint c where c.assigneeUserId in :users "
            + "and c.status in :open group by c.assigneeUserId, c.urgency")
    List<Object[]> openLoad(Collection<String> users, Collection<ComplaintStatus> open);

    /** The cases of a consumer, by the blind index of the normalised phone. */
    List<Complaint> findByPhoneKey(String phoneKey);

    /** The cases of a consumer, by the blind index of the normalised e-mail. */
    List<Complaint> findByEmailKey(String emailKey);

    /** Closed cases (closed before {@code before}) whose consumer's identity the retention policy may erase. */
    @Query("select c.id from Complaint c where c.closedAt is not null and c.closedAt < :before and c.anonymisedAt is null "
            + "and c.legalHoldReason is null order by c.closedAt")
    List<UUID> findErasable(Instant before, Pageable page);
}
