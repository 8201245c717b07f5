package com.complaints.core.complaint;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SolutionRepository extends JpaRepository<Solution, UUID> {

    List<Solution> findByComplaintIdOrderByProposedAt(UUID complaintId);

    Optional<Solution> findByIdAndComplaintId(UUID id, UUID complaintId);

    List<Solution> findByComplaintIdIn(java.util.Collection<UUID> complaintIds);
}
