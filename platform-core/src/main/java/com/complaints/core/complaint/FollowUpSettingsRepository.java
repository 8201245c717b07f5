package com.complaints.core.complaint;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpSettingsRepository extends JpaRepository<FollowUpSettings, UUID> {

    Optional<FollowUpSettings> findFirstBy();
}
