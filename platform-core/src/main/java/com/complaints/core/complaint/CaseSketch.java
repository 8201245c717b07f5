package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A case as the duplicate check compares it, read as a projection: no managed entity, nothing for the persistence
 * context to track.
 */
public record CaseSketch(UUID id, String caseNumber, ComplaintStatus status, Instant receivedAt, String description,
                         String phoneKey, String emailKey, String referenceKey, String createdBy, UUID departmentId)
        implements VisibleCase {
}
