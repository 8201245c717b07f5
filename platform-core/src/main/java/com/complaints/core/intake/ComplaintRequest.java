package com.complaints.core.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.plugin.api.ComplaintDraft;
import com.complaints.plugin.api.ConsumerDetails;
import com.complaints.plugin.api.SubjectDetails;
import com.complaints.plugin.api.SubjectType;

/** The body of {@code POST /api/v1/complaints} (staff intake) and, without channel, of the public web form. */
public record ComplaintRequest(
        String channel,
        ConsumerDetails consumer,
        SubjectRequest subject,
        String description,
        String expectedResolution,
        Instant occurredAt,
        Instant receivedAt) {

    public record SubjectRequest(SubjectType type, String name, String reference) {
    }

    /**
     * The draft for a complaint taken in on a known channel message (e.g. a telephone call): the consumer's phone
     * defaults to {@code defaultPhone} when the request gives neither phone nor e-mail.
     */
    public ComplaintDraft toChannelDraft(String channelKey, String channelMessageId, String defaultPhone) {
        ComplaintRequest request = this;
        if (consumer != null && blank(consumer.phone()) && blank(consumer.email()) && defaultPhone != null) {
            var c = consumer;
            request = new ComplaintRequest(channel, new ConsumerDetails(c.name(), defaultPhone, c.email(), c.address(),
                    c.regionCode(), c.regionName()), subject, description, expectedResolution, occurredAt, receivedAt);
        }
        ComplaintDraft d = request.toDraft(channelKey);
        return new ComplaintDraft(d.channel(), channelMessageId, d.consumer(), d.subject(), d.description(),
                d.expectedResolution(), d.occurredAt(), d.receivedAt());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    ComplaintDraft toDraft(String channelOverride) {
        List<FieldError> errors = new ArrayList<>();
        String effectiveChannel = channelOverride != null ? channelOverride : channel;
        if (effectiveChannel == null) {
            errors.add(FieldError.of("channel", "required"));
        }
        if (consumer == null) {
            errors.add(FieldError.of("consumer", "required"));
        }
        if (subject == null) {
            errors.add(FieldError.of("subject", "required"));
        } else if (subject.type() == null) {
            errors.add(FieldError.of("subject.type", "subject-type"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ComplaintDraft(effectiveChannel, null, consumer,
                new SubjectDetails(subject.type(), subject.name(), subject.reference()),
                description, expectedResolution, occurredAt, receivedAt);
    }
}
