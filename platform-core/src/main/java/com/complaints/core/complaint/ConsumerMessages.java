package com.complaints.core.complaint;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.attachment.Attachments;
import com.complaints.core.duplicate.Contacts;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.timeline.FieldChange;
import com.complaints.core.shared.Actor;
import com.complaints.plugin.api.CaseMessage;
import com.complaints.plugin.api.DraftAttachment;

/**
 * Messages from consumers on cases that exist: a reply to a notification mail, a follow-up on the same thread.
 * A message belongs to a case when it quotes the case's number and comes from the case's consumer, or when it
 * answers (threads to) the message that opened the case or an earlier message of the case. Each channel message
 * is attached once; a message that belongs to no case of the tenant is not attached.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ConsumerMessages {

    private static final Logger log = LoggerFactory.getLogger(ConsumerMessages.class);
    private static final int BODY_MAX = 20000;

    private final ComplaintRepository complaints;
    private final ConsumerMessageRepository messages;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final TenantContext tenantContext;
    private final Clock clock;

    ConsumerMessages(ComplaintRepository complaints, ConsumerMessageRepository messages, Attachments attachments,
                     ApplicationEventPublisher events, TenantContext tenantContext, Clock clock) {
        this.complaints = complaints;
        this.messages = messages;
        this.attachments = attachments;
        this.events = events;
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    /** The case a message was attached to. */
    public record Attached(UUID complaintId, String caseNumber, boolean duplicate) {
    }

    /**
     * Attaches the message to its case, in the caller's transaction.
     *
     * @return the case, or empty when the message belongs to no case of this tenant
     */
    public Optional<Attached> append(String channel, CaseMessage message) {
        List<FieldError> errors = new ArrayList<>();
        if (message.channelMessageId().isBlank() || message.channelMessageId().length() > 300) {
            errors.add(FieldError.of("channelMessageId", "length-range", 1, 300));
        }
        if (message.text().isBlank()) {
            errors.add(FieldError.of("text", "required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var earlier = messages.findByChannelAndChannelMessageId(channel, message.channelMessageId());
        if (earlier.isPresent()) {
            Complaint c = complaints.findById(earlier.get().complaintId()).orElseThrow();
            return Optional.of(new Attached(c.id(), c.caseNumber(), true));
        }
        Optional<Complaint> target = byQuotedNumber(message).or(() -> byThread(message));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Complaint c = target.get();
        while (c.mergedInto() != null) {
            UUID primary = c.mergedInto();
            c = complaints.findById(primary).orElseThrow();
        }
        Instant now = clock.instant();
        Instant receivedAt = message.receivedAt() == null ? now : message.receivedAt();
        String subject = message.subject() == null ? null : truncate(message.subject().strip(), 300);
        ConsumerMessage stored = messages.saveAndFlush(new ConsumerMessage(c.id(), channel, message.channelMessageId(),
                subject, truncate(message.text(), BODY_MAX), receivedAt));
        int attached = 0;
        for (DraftAttachment file : message.attachments()) {
            if (attachments.accepts(file.contentType(), file.size())) {
                attachments.add(c.id(), file.fileName(), file.contentType(), new ByteArrayInputStream(file.content()), "consumer");
                attached++;
            }
        }
        events.publishEvent(new ComplaintEvent.ConsumerMessageReceived(CaseState.of(c), Actor.consumer(), now,
                "message received via " + channel + (attached > 0 ? " with " + attached + " attachment(s)" : ""),
                List.of(FieldChange.of("channel", null, channel)), stored.id()));
        log.info("consumer message attached tenant={} case={} channel={}", tenantContext.require(), c.caseNumber(), channel);
        return Optional.of(new Attached(c.id(), c.caseNumber(), false));
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<ComplaintView.MessageView> of(UUID complaintId) {
        return messages.findByComplaintIdOrderByReceivedAt(complaintId).stream().map(ConsumerMessage::view).toList();
    }

    private Optional<Complaint> byQuotedNumber(CaseMessage message) {
        if (message.caseNumber() == null || message.sender() == null) {
            return Optional.empty();
        }
        return complaints.findByCaseNumber(message.caseNumber().strip()).filter(c -> isConsumer(c, message.sender()));
    }

    private Optional<Complaint> byThread(CaseMessage message) {
        List<String> refs = message.references().stream().filter(Objects::nonNull).map(String::strip)
                .filter(r -> !r.isEmpty() && r.length() <= 300).distinct().limit(50).toList();
        if (refs.isEmpty()) {
            return Optional.empty();
        }
        Optional<Complaint> opened = complaints.findByChannelMessageIdIn(refs).stream().findFirst();
        if (opened.isPresent()) {
            return opened;
        }
        return messages.findByChannelMessageIdIn(refs).stream().findFirst()
                .flatMap(m -> complaints.findById(m.complaintId()));
    }

    private static boolean isConsumer(Complaint c, String sender) {
        String s = sender.strip();
        if (s.contains("@")) {
            String email = Contacts.email(s);
            return email != null && email.equals(Contacts.email(c.consumer().email()));
        }
        String phone = Contacts.phone(s);
        return phone != null && phone.equals(Contacts.phone(c.consumer().phone()));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
