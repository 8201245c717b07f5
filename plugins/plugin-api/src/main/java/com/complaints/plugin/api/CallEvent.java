package com.complaints.plugin.api;

import java.time.Instant;
import java.util.Objects;

/**
 * An event of a telephone call as a CTI system reports it. The host keeps one record per call; staff create a
 * complaint from a call, which links the two.
 *
 * @param eventId      the CTI's id of this event (idempotency key)
 * @param callId       the CTI's id of the call
 * @param type         ringing, answered or ended
 * @param at           when it happened
 * @param callerNumber the caller's number (personal data), may be {@code null} when withheld
 * @param agentId      the agent's user id, may be {@code null} before the call is answered
 * @param ringCount    rings before the call was answered (for ANSWERED and ENDED), may be {@code null}
 * @param recordingRef a reference to the call recording, may be {@code null}
 */
public record CallEvent(String eventId, String callId, Type type, Instant at, String callerNumber, String agentId,
                        Integer ringCount, String recordingRef) {

    public CallEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }

    public enum Type {
        RINGING,
        ANSWERED,
        ENDED
    }
}
