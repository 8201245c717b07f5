package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * The answer to an accepted complaint. {@code accessCode} is shown this once (it is stored hashed); on a
 * redelivery of the same channel message it is {@code null}.
 */
public record IntakeReceipt(UUID id, String caseNumber, String accessCode, ComplaintStatus status, Instant receivedAt,
                            long version, boolean duplicate) {
}
