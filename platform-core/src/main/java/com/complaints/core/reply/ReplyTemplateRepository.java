package com.complaints.core.reply;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyTemplateRepository extends JpaRepository<ReplyTemplate, UUID> {

    Optional<ReplyTemplate> findByKeyAndLocale(String key, String locale);

    List<ReplyTemplate> findAllByOrderByKeyAscLocaleAsc();
}
