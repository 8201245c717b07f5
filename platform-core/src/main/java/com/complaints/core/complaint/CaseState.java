package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

/** A case as it stands right after a change: what listeners of a {@link ComplaintEvent} need to know of it. */
public record CaseState(String tenant, UUID complaintId, String caseNumber, long version, ComplaintStatus status,
                        Category category, Complexity complexity, Urgency urgency, Instant receivedAt,
                        UUID departmentId, String assigneeUserId, int round, String createdBy) implements VisibleCase {

    static CaseState of(Complaint c) {
        return new CaseState(c.tenantId(), c.id(), c.caseNumber(), c.version(), c.status(), c.category(),
                c.complexity(), c.urgency(), c.receivedAt(), c.departmentId(), c.assigneeUserId(), c.round(), c.createdBy());
    }
}
