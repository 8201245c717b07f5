package com.complaints.core.privacy;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessLogRepository extends JpaRepository<AccessLogEntry, UUID> {

    Page<AccessLogEntry> findAllByOrderByRecordedAtDesc(Pageable page);

    Page<AccessLogEntry> findByComplaintIdOrderByRecordedAtDesc(UUID complaintId, Pageable page);
}
