package com.complaints.core.complaint;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsumerMessageRepository extends JpaRepository<ConsumerMessage, UUID> {

    Optional<ConsumerMessage> findByChannelAndChannelMessageId(String channel, String channelMessageId);

    List<ConsumerMessage> findByChannelMessageIdIn(Collection<String> ids);

    List<ConsumerMessage> findByComplaintIdOrderByReceivedAt(UUID complaintId);
}
