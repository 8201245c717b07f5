package com.complaints.core.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An improvement measure; {@code overdue}: not done and past its due date (tenant time zone); {@code nextStatuses}:
 * where the reader may move it now (empty until {@link #forReader}).
 */
record MeasureView(UUID id, String title, FindingType findingType, String finding, String causeAnalysis,
                          String action, UUID ownerDepartmentId, String ownerUserId, LocalDate dueDate,
                          MeasureStatus status, boolean overdue, List<UUID> caseIds, String createdBy, Instant createdAt,
                          Instant doneAt, Instant verifiedAt, Instant overdueNotifiedAt, long version,
                          List<MeasureStatus> nextStatuses) {

    /** The measure as one reader gets it: only the linked cases they may see, and the moves they may make. */
    MeasureView forReader(com.complaints.core.security.StaffPrincipal staff, java.util.Set<UUID> visible) {
        return new MeasureView(id, title, findingType, finding, causeAnalysis, action, ownerDepartmentId, ownerUserId,
                dueDate, status, overdue, caseIds.stream().filter(visible::contains).toList(), createdBy, createdAt,
                doneAt, verifiedAt, overdueNotifiedAt, version, MeasureMoves.offered(staff, status, ownerUserId));
    }
}
