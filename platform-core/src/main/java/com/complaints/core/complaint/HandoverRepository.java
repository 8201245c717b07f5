package com.complaints.core.complaint;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverRepository extends JpaRepository<Handover, UUID> {

    List<Handover> findByComplaintIdOrderByHandedOverAt(UUID complaintId);

    Optional<Handover> findByIdAndComplaintId(UUID id, UUID complaintId);

    List<Handover> findByComplaintIdIn(java.util.Collection<UUID> complaintIds);
}
