package com.complaints.core.department;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgentProfileRepository extends JpaRepository<AgentProfile, UUID> {

    Optional<AgentProfile> findByUserId(String userId);

    List<AgentProfile> findByUserIdIn(Collection<String> userIds);

    List<AgentProfile> findAllByOrderByUserId();
}
