package com.complaints.core.portal;

import com.complaints.core.complaint.ComplaintStatus;
import com.complaints.core.complaint.SolutionStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the consumer sees with their access code: status and the messages meant for them. No internal notes, no
 * staff names, only the department. For a case merged into another, the code shows the other case's progress;
 * {@code mergedFromCaseNumber} is then the number the consumer was given.
 */
record PublicCaseView(String caseNumber, ComplaintStatus status, Instant receivedAt, String departmentNameZh,
                             String departmentNameEn, List<Message> progress, List<ProposedSolution> solutions,
                             String resolution, Instant resolvedAt, String mergedFromCaseNumber) {

    public record Message(String message, Instant recordedAt) {
    }

    public record ProposedSolution(UUID id, String text, Instant proposedAt, SolutionStatus status) {
    }
}
