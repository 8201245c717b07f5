package com.complaints.core.notification;

import java.time.Instant;
import java.util.UUID;

import com.complaints.plugin.api.Notification;

/** A delivery as admins see it: never the recipient's address. */
public record DeliveryView(UUID id, UUID complaintId, String event, String notifier, Notification.Kind recipientKind,
                           String recipient, DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
                           String providerReference, Instant createdAt, Instant finishedAt) {
}
