package com.complaints.core.report;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportSubscribersRepository extends JpaRepository<ReportSubscribers, UUID> {

    Optional<ReportSubscribers> findFirstBy();
}
