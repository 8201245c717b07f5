package com.complaints.core.library;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface LibraryCaseRepository extends JpaRepository<LibraryCase, UUID>, JpaSpecificationExecutor<LibraryCase> {

    Optional<LibraryCase> findByComplaintId(UUID complaintId);
}
