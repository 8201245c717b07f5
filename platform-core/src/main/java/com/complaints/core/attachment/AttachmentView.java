package com.complaints.core.attachment;

import java.time.Instant;
import java.util.UUID;

public record AttachmentView(UUID id, String fileName, String contentType, long sizeBytes, String sha256,
                             String uploadedBy, Instant uploadedAt) {
}
