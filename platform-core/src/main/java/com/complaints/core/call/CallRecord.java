package com.complaints.core.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;
import com.complaints.plugin.api.CallEvent;

/** A telephone call as the CTI reported it, folded from its events; optionally linked to the complaint taken from it. */
@Entity
@Table(name = "calls")
class CallRecord extends TenantOwnedEntity {

    /** Rings within which the policy requires a call to be answered. */
    static final int RING_TARGET = 3;
    private static final int REMEMBERED_EVENTS = 20;

    @Column(name = "channel_instance", nullable = false, length = 40)
    private String channelInstance;

    @Column(name = "call_id", nullable = false, length = 200)
    private String callId;

    @Column(name = "caller_number", length = 40)
    private String callerNumber;

    @Column(name = "agent_id", length = 100)
    private String agentId;

    @Column(name = "ringing_at")
    private Instant ringingAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ring_count")
    private Integer ringCount;

    @Column(name = "recording_ref", length = 500)
    private String recordingRef;

    @Column(name = "complaint_id")
    private UUID complaintId;

    @Column(name = "first_event_at", nullable = false)
    private Instant firstEventAt;

    @Column(name = "last_event_ids", nullable = false, length = 2000)
    private String lastEventIds;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CallRecord() {
    }

    CallRecord(String channelInstance, String callId, Instant firstEventAt) {
        super(UUID.randomUUID());
        this.channelInstance = channelInstance;
        this.callId = callId;
        this.firstEventAt = firstEventAt;
        this.lastEventIds = "";
    }

    /** Folds an event in; false when it was seen before (a redelivery). */
    boolean apply(CallEvent e) {
        List<String> seen = new ArrayList<>(lastEventIds.isEmpty() ? List.of() : Arrays.asList(lastEventIds.split("\n")));
        if (seen.contains(e.eventId())) {
            return false;
        }
        seen.add(e.eventId());
        while (seen.size() > REMEMBERED_EVENTS || String.join("\n", seen).length() > 2000) {
            seen.removeFirst();
        }
        lastEventIds = String.join("\n", seen);
        if (e.at().isBefore(firstEventAt)) {
            firstEventAt = e.at();
        }
        if (e.callerNumber() != null && callerNumber == null) {
            callerNumber = e.callerNumber().length() > 40 ? e.callerNumber().substring(0, 40) : e.callerNumber();
        }
        if (e.agentId() != null) {
            agentId = e.agentId();
        }
        if (e.recordingRef() != null) {
            recordingRef = e.recordingRef();
        }
        switch (e.type()) {
            case RINGING -> ringingAt = ringingAt == null || e.at().isBefore(ringingAt) ? e.at() : ringingAt;
            case ANSWERED -> {
                answeredAt = e.at();
                if (e.ringCount() != null) {
                    ringCount = e.ringCount();
                }
            }
            case ENDED -> {
                endedAt = e.at();
                if (ringCount == null && e.ringCount() != null) {
                    ringCount = e.ringCount();
                }
            }
        }
        return true;
    }

    void link(UUID complaintId) {
        this.complaintId = complaintId;
    }

    boolean answered() {
        return answeredAt != null;
    }

    boolean answeredWithinTarget() {
        return answeredAt != null && ringCount != null && ringCount <= RING_TARGET;
    }

    String callId() {
        return callId;
    }

    String callerNumber() {
        return callerNumber;
    }

    Integer ringCount() {
        return ringCount;
    }

    UUID complaintId() {
        return complaintId;
    }

    CallView view() {
        return new CallView(id(), channelInstance, callId, callerNumber, agentId, ringingAt, answeredAt, endedAt, ringCount,
                answeredWithinTarget(), recordingRef, complaintId, firstEventAt);
    }
}
