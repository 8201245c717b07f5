package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

/** One SLA clock of a case, as the complaint API shows it. */
public record ClockView(UUID id, String metric, String state, int policyVersion, int round, boolean businessTime,
                        Instant startedAt, Instant dueAt, Instant warnAt, Instant warnedAt, Instant metAt,
                        Instant breachedAt, Instant escalatedAt, Instant pausedAt, long pausedBusinessSeconds) {
}
