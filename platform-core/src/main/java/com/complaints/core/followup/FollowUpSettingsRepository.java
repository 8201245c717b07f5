package com.complaints.core.followup;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpSettingsRepository extends JpaRepository<FollowUpSettings, UUID> {

    Optional<FollowUpSettings> findFirstBy();
}
