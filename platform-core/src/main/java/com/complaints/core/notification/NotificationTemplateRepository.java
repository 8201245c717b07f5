package com.complaints.core.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationTemplateRepository extends JpaRepository<NotificationTemplate, UUID> {

    Optional<NotificationTemplate> findByEventAndLocale(String event, String locale);

    List<NotificationTemplate> findAllByOrderByEventAscLocaleAsc();
}
