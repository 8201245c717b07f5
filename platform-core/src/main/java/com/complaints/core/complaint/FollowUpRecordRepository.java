package com.complaints.core.complaint;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRecordRepository extends JpaRepository<FollowUpRecord, UUID> {

    List<FollowUpRecord> findByComplaintIdOrderByRecordedAt(UUID complaintId);

    List<FollowUpRecord> findByComplaintIdIn(java.util.Collection<UUID> complaintIds);
}
