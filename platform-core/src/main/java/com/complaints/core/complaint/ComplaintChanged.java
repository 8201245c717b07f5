package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction of every change of a complaint, after its timeline event: listeners (SLA
 * clocks, later the outbox) react in the same transaction.
 *
 * @param type        the timeline event type, e.g. TRIAGED, TRANSFERRED, PROGRESS_RECORDED
 * @param referenceId the record the change created (handover, solution, progress update, follow-up), if any
 */
public record ComplaintChanged(UUID complaintId, String caseNumber, String type, ComplaintStatus status,
                               Category category, Complexity complexity, Urgency urgency, Instant receivedAt,
                               UUID departmentId, String assigneeUserId, int round, UUID referenceId, Instant at) {
}
