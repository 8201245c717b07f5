package com.complaints.core.intake;

import com.complaints.core.complaint.ComplaintStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.complaints.core.idempotency.ReplayableBody;

/**
 * The answer to an accepted complaint. {@code accessCode} is shown this once (it is stored hashed); on a
 * redelivery of the same channel message, or a replay of the same Idempotency-Key, it is {@code null}. Staff intake
 * lists the likely duplicates the intake agent may see ({@code possibleDuplicates}); other channels get none.
 */
public record IntakeReceipt(UUID id, String caseNumber, String accessCode, ComplaintStatus status, Instant receivedAt,
                            long version, boolean duplicate, List<DuplicateCandidate> possibleDuplicates)
        implements ReplayableBody {

    public IntakeReceipt {
        possibleDuplicates = possibleDuplicates == null ? List.of() : List.copyOf(possibleDuplicates);
    }

    IntakeReceipt withPossibleDuplicates(List<DuplicateCandidate> candidates) {
        return new IntakeReceipt(id, caseNumber, accessCode, status, receivedAt, version, duplicate, candidates);
    }

    @Override
    public IntakeReceipt withoutSecrets() {
        return new IntakeReceipt(id, caseNumber, null, status, receivedAt, version, duplicate, possibleDuplicates);
    }
}
