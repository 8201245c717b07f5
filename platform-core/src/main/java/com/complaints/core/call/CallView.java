package com.complaints.core.call;

import java.time.Instant;
import java.util.UUID;

/** A telephone call for agents: who called, when it rang, was answered and ended, and the complaint taken from it. */
record CallView(UUID id, String channel, String callId, String callerNumber, String agentId, Instant ringingAt,
                       Instant answeredAt, Instant endedAt, Integer ringCount, boolean answeredWithinThreeRings,
                       String recordingRef, UUID complaintId, Instant firstEventAt) {
}
