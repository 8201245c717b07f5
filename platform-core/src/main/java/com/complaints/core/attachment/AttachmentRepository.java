package com.complaints.core.attachment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, UUID> {

    List<Attachment> findByComplaintIdOrderByUploadedAt(UUID complaintId);

    Optional<Attachment> findByIdAndComplaintId(UUID id, UUID complaintId);
}
