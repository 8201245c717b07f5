package com.complaints.plugin.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A complaint as an intake channel delivers it, before the platform accepts it.
 *
 * <p>The platform validates the draft, persists it as a case and only then acknowledges the channel.
 * {@code channelMessageId} identifies the delivery within the channel: a redelivery with the same id
 * never creates a second case.
 *
 * @param channel            channel key, e.g. {@code web}, {@code phone}, {@code email}, {@code onsite}; the host
 *                           replaces it with the key of the channel type that submitted the draft
 * @param channelMessageId   the channel's id of this delivery (idempotency key), may be {@code null} for staff intake
 * @param consumer           who complains
 * @param subject            the product or service concerned
 * @param description        the problem, in the consumer's words
 * @param expectedResolution what the consumer expects, may be {@code null}
 * @param occurredAt         when the problem occurred, may be {@code null}
 * @param receivedAt         when the channel received the complaint, may be {@code null} (then: now)
 * @param location           where the complaint was taken (store, branch, reception desk), may be {@code null}
 * @param attachments        files that came with the complaint (photos, receipts, mail attachments)
 */
public record ComplaintDraft(
        String channel,
        String channelMessageId,
        ConsumerDetails consumer,
        SubjectDetails subject,
        String description,
        String expectedResolution,
        Instant occurredAt,
        Instant receivedAt,
        String location,
        List<DraftAttachment> attachments) {

    public ComplaintDraft {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(subject, "subject");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A draft without location and attachments. */
    public ComplaintDraft(String channel, String channelMessageId, ConsumerDetails consumer, SubjectDetails subject,
                          String description, String expectedResolution, Instant occurredAt, Instant receivedAt) {
        this(channel, channelMessageId, consumer, subject, description, expectedResolution, occurredAt, receivedAt,
                null, List.of());
    }

    /** The same draft under another channel key (the host uses it to pin the key of the submitting channel). */
    public ComplaintDraft withChannel(String key) {
        return new ComplaintDraft(key, channelMessageId, consumer, subject, description, expectedResolution, occurredAt,
                receivedAt, location, attachments);
    }
}
