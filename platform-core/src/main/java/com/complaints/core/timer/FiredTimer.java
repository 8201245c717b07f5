package com.complaints.core.timer;

import java.time.Instant;
import java.util.UUID;

/** A timer that has just fired, handed to its {@link TimerHandler} inside the firing transaction. */
public record FiredTimer(UUID id, String tenant, String purpose, String kind, UUID subjectId, UUID complaintId,
                         Instant dueAt, Instant firedAt) {
}
