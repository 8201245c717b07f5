package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

/** A line of the complaint list: no consumer contact details. */
record ComplaintSummary(UUID id, String caseNumber, long version, ComplaintStatus status, String channel,
                               Instant receivedAt, String subjectName, Category category, Complexity complexity,
                               Urgency urgency, UUID departmentId, String assigneeUserId, int round, Instant updatedAt) {

    static ComplaintSummary of(Complaint c) {
        return new ComplaintSummary(c.id(), c.caseNumber(), c.version(), c.status(), c.channel(), c.receivedAt(),
                c.subject().name(), c.category(), c.complexity(), c.urgency(), c.departmentId(), c.assigneeUserId(),
                c.round(), c.updatedAt());
    }
}
