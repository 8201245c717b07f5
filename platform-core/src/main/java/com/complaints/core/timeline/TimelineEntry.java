package com.complaints.core.timeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record TimelineEntry(UUID id, String type, String actor, Instant occurredAt, String summary,
                            List<FieldChange> changes, UUID referenceId) {
}
