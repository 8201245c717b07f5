package com.complaints.core.sla;

import java.time.Instant;

public record SlaPolicyView(int version, SlaTargets targets, String createdBy, Instant createdAt) {
}
