package com.complaints.plugin.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A complaint as an intake channel delivers it, before the platform accepts it.
 *
 * <p>The platform validates the draft, persists it as a case and only then acknowledges the channel.
 * {@code channelMessageId} identifies the delivery within the channel: a redelivery with the same id
 * never creates a second case.
 *
 * @param channel            channel key, e.g. {@code web}, {@code phone}, {@code email}, {@code onsite}
 * @param channelMessageId   the channel's id of this delivery (idempotency key), may be {@code null} for staff intake
 * @param consumer           who complains
 * @param subject            the product or service concerned
 * @param description        the problem, in the consumer's words
 * @param expectedResolution what the consumer expects, may be {@code null}
 * @param occurredAt         when the problem occurred, may be {@code null}
 * @param receivedAt         when the channel received the complaint, may be {@code null} (then: now)
 */
public record ComplaintDraft(
        String channel,
        String channelMessageId,
        ConsumerDetails consumer,
        SubjectDetails subject,
        String description,
        String expectedResolution,
        Instant occurredAt,
        Instant receivedAt) {

    public ComplaintDraft {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(subject, "subject");
    }
}
