package com.complaints.core.timeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Appends to and reads a case's timeline. Appends join the transaction of the change they record. */
@Service
public class Timeline {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final TimelineEventRepository events;
    private final JsonMapper json;
    Timeline(TimelineEventRepository events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    /** Only {@link TimelineWriter} appends: publish a {@link TimelineRecord} instead. */
    @Transactional(propagation = Propagation.MANDATORY)
    void append(UUID complaintId, String type, String actor, Instant at, String summary,
                       List<FieldChange> changes, UUID referenceId) {
        events.save(new TimelineEvent(complaintId, type, actor, at, summary, json.writeValueAsString(changes), referenceId));
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> of(UUID complaintId) {
        return events.findByComplaintIdOrderBySeqAsc(complaintId).stream()
                .map(e -> new TimelineEntry(e.id(), e.type(), e.actor(), e.occurredAt(), e.summary(),
                        json.readValue(e.changes(), CHANGES), e.referenceId()))
                .toList();
    }
}
