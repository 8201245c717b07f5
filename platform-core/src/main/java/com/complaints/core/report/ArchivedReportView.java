package com.complaints.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A kept report, downloadable as JSON, CSV or HTML at {@code /api/v1/reports/evaluation/archive/{id}}. */
public record ArchivedReportView(UUID id, String period, LocalDate from, LocalDate to, Instant generatedAt) {
}
