package com.complaints.core.live;

import java.time.Instant;
import java.util.UUID;

import com.complaints.core.complaint.ComplaintStatus;

/** A change as a screen receives it in the {@code change} event of {@code GET /api/v1/events}. */
public record LiveChangeView(UUID complaintId, String caseNumber, String type, ComplaintStatus status, long version,
                             UUID departmentId, String assigneeUserId, String actor, Instant at) {

    static LiveChangeView of(LiveChange c) {
        return new LiveChangeView(c.complaintId(), c.caseNumber(), c.type(), c.status(), c.version(), c.departmentId(),
                c.assigneeUserId(), c.actor(), c.at());
    }
}
