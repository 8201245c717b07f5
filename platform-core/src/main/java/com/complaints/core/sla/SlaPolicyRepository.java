package com.complaints.core.sla;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaPolicyRepository extends JpaRepository<SlaPolicy, UUID> {

    Optional<SlaPolicy> findFirstByOrderByDocVersionDesc();

    Optional<SlaPolicy> findByDocVersion(int version);

    List<SlaPolicy> findAllByOrderByDocVersionDesc();
}
