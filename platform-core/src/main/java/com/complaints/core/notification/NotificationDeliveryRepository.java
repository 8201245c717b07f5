package com.complaints.core.notification;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationDeliveryRepository extends JpaRepository<NotificationDelivery, UUID> {

    Page<NotificationDelivery> findByStatusOrderByCreatedAtDesc(DeliveryStatus status, Pageable page);

    Page<NotificationDelivery> findAllByOrderByCreatedAtDesc(Pageable page);

    List<NotificationDelivery> findByComplaintIdOrderByCreatedAt(UUID complaintId);
}
