package com.complaints.core.sla;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaClockRepository extends JpaRepository<SlaClock, UUID> {

    List<SlaClock> findByComplaintIdOrderByStartedAtAscMetricAsc(UUID complaintId);
}
