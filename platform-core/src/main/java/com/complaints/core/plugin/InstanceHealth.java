package com.complaints.core.plugin;

import java.time.Instant;

/**
 * How an instance's recent calls went on this node.
 *
 * @param status              UP (last call succeeded or none yet), DEGRADED (1-2 failures in a row), DOWN (3 or more)
 * @param succeeded           calls that succeeded since start-up
 * @param failed              calls that failed or timed out since start-up
 * @param consecutiveFailures failures since the last success
 * @param lastSuccessAt       when a call last succeeded
 * @param lastFailureAt       when a call last failed
 * @param lastProblem         what went wrong last (no personal data)
 */
public record InstanceHealth(String status, long succeeded, long failed, int consecutiveFailures, Instant lastSuccessAt,
                             Instant lastFailureAt, String lastProblem) {
}
