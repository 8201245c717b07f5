package com.complaints.core.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A measure as supervisors write it. */
record MeasureRequest(String title, FindingType findingType, String finding, String causeAnalysis, String action,
                             UUID ownerDepartmentId, String ownerUserId, LocalDate dueDate, List<UUID> caseIds) {
}
