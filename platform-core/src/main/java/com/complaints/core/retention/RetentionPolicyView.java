package com.complaints.core.retention;

import java.time.Instant;

/**
 * The tenant's retention policy.
 *
 * @param anonymiseAfterBusinessDays the consumer's identity is erased this many business days (the tenant's calendar)
 *                                   after a case closes; null: kept until a request erases it
 * @param accessLogDays              how long the personal-data access log keeps an entry (30 to 10000 days)
 * @param nextRunAt                  when the retention timer runs next (the start of the next business day)
 */
public record RetentionPolicyView(Integer anonymiseAfterBusinessDays, int accessLogDays, long version, String updatedBy,
                                  Instant updatedAt, Instant lastRunAt, Instant nextRunAt) {
}
