package com.complaints.core.complaint;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, UUID> {

    List<ProgressUpdate> findByComplaintIdOrderByRecordedAt(UUID complaintId);

    List<ProgressUpdate> findByComplaintIdIn(java.util.Collection<UUID> complaintIds);
}
