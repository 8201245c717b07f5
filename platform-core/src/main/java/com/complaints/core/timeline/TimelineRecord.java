package com.complaints.core.timeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.complaints.core.shared.Actor;

/**
 * An event that goes onto a case's timeline. Features publish these (the complaint's lifecycle events, SLA clock
 * events, notification outcomes); {@link TimelineWriter} is the one class that writes them, in the publishing
 * transaction and before any other listener.
 */
public interface TimelineRecord {

    UUID complaintId();

    /** The timeline's type name, e.g. {@code TRIAGED}: part of the API, never renamed. */
    String timelineType();

    Actor actor();

    Instant at();

    String summary();

    List<FieldChange> changes();

    /** The record the entry points at (a handover, a solution, a clock, a delivery), or {@code null}. */
    UUID referenceId();
}
