package com.complaints.core.live;

import java.time.Instant;
import java.util.UUID;

import com.complaints.core.complaint.ComplaintStatus;
import com.complaints.core.complaint.VisibleCase;

/**
 * A committed change of a case as the live stream tells it: enough for a screen to know what to fetch again, nothing
 * of the consumer. {@code id} orders the changes of a tenant's stream (the change's time in milliseconds), so a client
 * resumes after the last one it saw ({@code Last-Event-ID}).
 */
public record LiveChange(long id, String tenant, UUID complaintId, String caseNumber, String type,
                         ComplaintStatus status, long version, UUID departmentId, String assigneeUserId,
                         String createdBy, String actor, Instant at) implements VisibleCase {
}
