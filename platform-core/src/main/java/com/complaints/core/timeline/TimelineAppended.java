package com.complaints.core.timeline;

import java.util.UUID;

/** Published in the transaction of every timeline event: the case changed (search keeps its index in step). */
public record TimelineAppended(UUID complaintId, String type) {
}
