package com.complaints.core.timeline;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete method exists. */
interface TimelineEventRepository extends Repository<TimelineEvent, UUID> {

    TimelineEvent save(TimelineEvent event);

    List<TimelineEvent> findByComplaintIdOrderBySeqAsc(UUID complaintId);
}
