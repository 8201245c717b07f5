package com.complaints.core.sla;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.complaints.core.shared.Actor;
import com.complaints.core.timeline.FieldChange;
import com.complaints.core.timeline.TimelineRecord;

/**
 * A deadline timer took effect on a case: the clock warned, breached or escalated to the second level. Published in
 * the timer's firing transaction; {@code raiseUrgency} says whether the tenant's policy raises the case's urgency,
 * which happens right after that transaction committed.
 */
public record SlaClockEvent(String tenant, UUID complaintId, String caseNumber, Kind kind, ClockMetric metric,
                            Instant at, String summary, List<FieldChange> changes, UUID clockId, boolean raiseUrgency)
        implements TimelineRecord {

    public enum Kind { SLA_WARNING, SLA_BREACHED, SLA_ESCALATED }

    @Override
    public String timelineType() {
        return kind.name();
    }

    @Override
    public Actor actor() {
        return Actor.system();
    }

    @Override
    public UUID referenceId() {
        return clockId;
    }
}
