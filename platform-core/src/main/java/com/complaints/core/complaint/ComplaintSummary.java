package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A line of the complaint list: no consumer contact details but the masked name; {@code nextDue} is the clock that
 * falls due first ({@code null} when none is running).
 */
record ComplaintSummary(UUID id, String caseNumber, long version, ComplaintStatus status, String channel,
                        Instant receivedAt, String consumerName, String subjectName, Category category,
                        Complexity complexity, Urgency urgency, UUID departmentId, String assigneeUserId, int round,
                        Instant updatedAt, NextDue nextDue) {

    static ComplaintSummary of(Complaint c, NextDue nextDue) {
        return new ComplaintSummary(c.id(), c.caseNumber(), c.version(), c.status(), c.channel(), c.receivedAt(),
                com.complaints.core.shared.Masking.name(c.consumer().name()), c.subject().name(), c.category(),
                c.complexity(), c.urgency(), c.departmentId(), c.assigneeUserId(), c.round(), c.updatedAt(), nextDue);
    }
}
