package com.complaints.core.complaint;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ComplaintRepository extends JpaRepository<Complaint, UUID>, JpaSpecificationExecutor<Complaint> {

    Optional<Complaint> findByCaseNumber(String caseNumber);

    Optional<Complaint> findByChannelAndChannelMessageId(String channel, String channelMessageId);
}
