package com.complaints.core.notification;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxEntry, UUID> {
}
