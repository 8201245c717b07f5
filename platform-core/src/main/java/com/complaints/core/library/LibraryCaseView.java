package com.complaints.core.library;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A library case as staff read it: anonymised texts (description, progress, solutions, resolution, follow-up
 * comments), no case number, no consumer data.
 */
record LibraryCaseView(UUID id, LibraryCaseKind kind, String title, String lessons, List<String> tags,
                              String category, String channel, String product, String region, String body,
                              String markedBy, Instant markedAt, long version) {
}
