package com.complaints.plugin.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message from the consumer about a case that already exists, e.g. a reply to a notification mail. The host
 * attaches it to the case it belongs to, found by the quoted case number (when the sender matches the case's
 * consumer) or by threading ({@code references} holding the channel message id of the case or of an earlier message).
 *
 * @param channelMessageId the channel's id of this message (idempotency key)
 * @param caseNumber       a case number quoted in the message, may be {@code null}
 * @param references       ids of the messages this one answers ({@code In-Reply-To} and {@code References} of a mail)
 * @param sender           the sender's address (e-mail or phone), used to check that a quoted case is theirs
 * @param subject          the message's subject, may be {@code null}
 * @param text             the message as plain text (sanitised)
 * @param receivedAt       when the channel received it, may be {@code null} (then: now)
 * @param attachments      files that came with the message
 */
public record CaseMessage(String channelMessageId, String caseNumber, List<String> references, String sender,
                          String subject, String text, Instant receivedAt, List<DraftAttachment> attachments) {

    public CaseMessage {
        Objects.requireNonNull(channelMessageId, "channelMessageId");
        Objects.requireNonNull(text, "text");
        references = references == null ? List.of() : List.copyOf(references);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
