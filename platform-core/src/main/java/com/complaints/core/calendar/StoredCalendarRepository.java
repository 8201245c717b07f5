package com.complaints.core.calendar;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredCalendarRepository extends JpaRepository<StoredCalendar, UUID> {

    Optional<StoredCalendar> findByScopeKey(String scopeKey);

    List<StoredCalendar> findAllByOrderByScopeKeyDesc();
}
