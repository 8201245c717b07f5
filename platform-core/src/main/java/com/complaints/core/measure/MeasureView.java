package com.complaints.core.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An improvement measure; {@code overdue}: not done and past its due date (tenant time zone). */
record MeasureView(UUID id, String title, FindingType findingType, String finding, String causeAnalysis,
                          String action, UUID ownerDepartmentId, String ownerUserId, LocalDate dueDate,
                          MeasureStatus status, boolean overdue, List<UUID> caseIds, String createdBy, Instant createdAt,
                          Instant doneAt, Instant verifiedAt, Instant overdueNotifiedAt, long version) {

    /** The same measure showing only the linked cases the reader may see. */
    public MeasureView onlyCases(java.util.Set<UUID> visible) {
        return new MeasureView(id, title, findingType, finding, causeAnalysis, action, ownerDepartmentId, ownerUserId,
                dueDate, status, overdue, caseIds.stream().filter(visible::contains).toList(), createdBy, createdAt,
                doneAt, verifiedAt, overdueNotifiedAt, version);
    }
}
