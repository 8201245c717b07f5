package com.complaints.core.report;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArchivedReportRepository extends JpaRepository<ArchivedReport, UUID> {

    Optional<ArchivedReport> findByPeriod(String period);

    List<ArchivedReport> findAllByOrderByFromDesc();
}
