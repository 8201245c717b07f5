package com.complaints.core.complaint;

import java.util.UUID;

/** What the SLA machinery and triage hints need to know of a case (read without a visibility check). */
public record ComplaintFacts(UUID id, String caseNumber, ComplaintStatus status, UUID departmentId,
                             String assigneeUserId, Urgency urgency, Category category, boolean waiting,
                             String description) {
}
