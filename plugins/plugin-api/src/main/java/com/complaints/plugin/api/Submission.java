package com.complaints.plugin.api;

import java.time.Instant;

/**
 * The host's answer to a submitted draft: the case is committed when this is returned, so the channel may now
 * acknowledge its source.
 *
 * @param caseNumber the case's number
 * @param accessCode the consumer's access code to follow the case; {@code null} for a redelivery
 * @param duplicate  whether the draft was a redelivery of a message that had already made this case
 * @param receivedAt when the case was received
 */
public record Submission(String caseNumber, String accessCode, boolean duplicate, Instant receivedAt) {
}
