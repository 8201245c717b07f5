package com.complaints.core.intake;

import com.complaints.core.complaint.ComplaintStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A complaint that is likely the same as another, with why. */
public record DuplicateCandidate(UUID id, String caseNumber, ComplaintStatus status, Instant receivedAt, double score,
                                 double textSimilarity, List<String> reasons) {
}
