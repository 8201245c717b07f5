package com.complaints.core.retention;

import java.time.Instant;
import java.util.List;

import com.complaints.core.attachment.AttachmentView;
import com.complaints.core.complaint.ComplaintView;

/**
 * A consumer's data as the export hands it over (JSON): per case what the consumer told, what was done and answered,
 * and what the case holds of the consumer; staff-internal notes (handovers, assignments) stay out.
 */
public record ConsumerDataExport(String tenant, Instant exportedAt, List<ExportedCase> cases) {

    /** One case of the consumer. */
    public record ExportedCase(String caseNumber, String status, String channel, Instant receivedAt, Instant occurredAt,
                               ComplaintView.ConsumerView consumer, ComplaintView.SubjectView subject, String description,
                               String expectedResolution, String category, String resolution, Instant resolvedAt,
                               Instant closedAt, String closingReason, List<ExportedProgress> progress, List<ExportedSolution> solutions,
                               List<ExportedFollowUp> followUps, List<ExportedMessage> messages, List<ExportedAttachment> attachments,
                               boolean legalHold, Instant anonymisedAt) {

        static ExportedCase of(ComplaintView v) {
            return new ExportedCase(v.caseNumber(), v.status().name(), v.channel(), v.receivedAt(), v.occurredAt(),
                    v.consumer(), v.subject(), v.description(), v.expectedResolution(),
                    v.category() == null ? null : v.category().name(), v.resolution(), v.resolvedAt(), v.closedAt(),
                    v.closingReason(),
                    v.progress().stream().map(p -> new ExportedProgress(p.recordedAt(), p.message())).toList(),
                    v.solutions().stream().map(s -> new ExportedSolution(s.proposedAt(), s.text(), s.status().name(), s.decidedAt(),
                            s.rejectionReason())).toList(),
                    v.followUps().stream().map(f -> new ExportedFollowUp(f.recordedAt(), f.outcome() == null ? null : f.outcome().name(),
                            f.satisfaction(), f.problemSolved(), f.comment())).toList(),
                    v.messages().stream().map(m -> new ExportedMessage(m.receivedAt(), m.channel(), m.subject(), m.body())).toList(),
                    v.attachments().stream().map(ExportedAttachment::of).toList(),
                    v.legalHold() != null, v.anonymisedAt());
        }
    }

    public record ExportedProgress(Instant at, String message) {
    }

    public record ExportedSolution(Instant proposedAt, String text, String status, Instant decidedAt, String rejectionReason) {
    }

    public record ExportedFollowUp(Instant at, String outcome, Integer satisfaction, Boolean problemSolved, String comment) {
    }

    public record ExportedMessage(Instant at, String channel, String subject, String body) {
    }

    public record ExportedAttachment(String fileName, String contentType, long sizeBytes, String sha256, Instant uploadedAt) {

        static ExportedAttachment of(AttachmentView a) {
            return new ExportedAttachment(a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(), a.uploadedAt());
        }
    }
}
