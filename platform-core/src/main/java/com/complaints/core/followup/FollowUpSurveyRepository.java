package com.complaints.core.followup;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpSurveyRepository extends JpaRepository<FollowUpSurvey, UUID> {

    Optional<FollowUpSurvey> findByTokenHash(String tokenHash);
}
