package com.complaints.core.complaint;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** A message from the consumer on an existing case, as a channel delivered it (deduplicated per channel message id). */
@Entity
@Table(name = "case_messages")
class ConsumerMessage extends TenantOwnedEntity {

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    @Column(name = "channel", nullable = false, length = 32)
    private String channel;

    @Column(name = "channel_message_id", nullable = false, length = 300)
    private String channelMessageId;

    @Column(name = "subject", length = 300)
    private String subject;

    @Column(name = "body", nullable = false, length = 20000)
    private String body;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ConsumerMessage() {
    }

    ConsumerMessage(UUID complaintId, String channel, String channelMessageId, String subject, String body,
                    Instant receivedAt) {
        super(UUID.randomUUID());
        this.complaintId = complaintId;
        this.channel = channel;
        this.channelMessageId = channelMessageId;
        this.subject = subject;
        this.body = body;
        this.receivedAt = receivedAt;
    }

    UUID complaintId() {
        return complaintId;
    }

    ComplaintView.MessageView view() {
        return new ComplaintView.MessageView(id(), channel, subject, body, receivedAt);
    }
}
