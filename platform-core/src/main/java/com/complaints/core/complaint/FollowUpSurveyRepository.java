package com.complaints.core.complaint;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpSurveyRepository extends JpaRepository<FollowUpSurvey, UUID> {

    Optional<FollowUpSurvey> findByTokenHash(String tokenHash);
}
