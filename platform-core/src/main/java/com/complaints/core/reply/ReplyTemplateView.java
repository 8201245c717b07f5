package com.complaints.core.reply;

import java.time.Instant;

/**
 * A canned reply.
 *
 * @param category the complaint category it suits, or null for any
 */
public record ReplyTemplateView(String key, String locale, ReplyPurpose purpose, String category, String title, String body,
                                String updatedBy, Instant updatedAt, long version) {
}
