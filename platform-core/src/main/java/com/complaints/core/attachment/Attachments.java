package com.complaints.core.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.tenancy.TenantContext;

/**
 * Attachment metadata and content. Callers check that the complaint is visible first. Content stored for a
 * transaction that then rolls back is removed again, so a failed upload leaves nothing behind.
 */
@Service
public class Attachments {

    /** Photos, scans, documents, recordings: what consumers and agents attach to complaints. */
    static final Set<String> ALLOWED_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/heic",
            "application/pdf", "text/plain", "audio/mpeg", "audio/wav", "audio/mp4", "video/mp4",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Logger log = LoggerFactory.getLogger(Attachments.class);

    private final AttachmentRepository attachments;
    private final AttachmentStorage storage;
    private final TenantContext tenantContext;
    private final Clock clock;
    private final long maxBytes;

    Attachments(AttachmentRepository attachments, AttachmentStorage storage, TenantContext tenantContext, Clock clock,
                @Value("${complaints.attachments.max-size:10MB}") DataSize maxSize) {
        this.attachments = attachments;
        this.storage = storage;
        this.tenantContext = tenantContext;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** Whether a file of this media type may be attached (and of this size, when known). */
    public boolean accepts(String contentType, long size) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return ALLOWED_TYPES.contains(type) && size > 0 && size <= maxBytes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AttachmentView add(UUID complaintId, String fileName, String contentType, InputStream content, String actor) {
        String name = cleanName(fileName);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!ALLOWED_TYPES.contains(type)) {
            throw new InvalidInputException("file", "content-type", type, String.join(", ", new TreeSet<>(ALLOWED_TYPES)));
        }
        String tenant = tenantContext.require();
        AttachmentStorage.StoredContent stored;
        try {
            stored = storage.store(tenant, name, content, maxBytes);
        } catch (AttachmentStorage.ContentTooLargeException e) {
            throw new InvalidInputException("file", "max-bytes", maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the attachment", e);
        }
        removeOnRollback(tenant, stored.key());
        if (stored.size() == 0) {
            throw new InvalidInputException("file", "empty-file");
        }
        Attachment attachment = attachments.save(new Attachment(complaintId, name, type, stored, actor, clock.instant()));
        log.info("attachment stored tenant={} attachment={} bytes={}", tenant, attachment.id(), stored.size());
        return attachment.view();
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> of(UUID complaintId) {
        return attachments.findByComplaintIdOrderByUploadedAt(complaintId).stream().map(Attachment::view).toList();
    }

    /** The attachment's metadata and an open stream of its content; the caller closes the stream. */
    @Transactional(readOnly = true)
    public Content open(UUID complaintId, UUID attachmentId) {
        Attachment a = attachments.findByIdAndComplaintId(attachmentId, complaintId)
                .orElseThrow(() -> new NotFoundException("attachment"));
        try {
            return new Content(a.view(), storage.open(tenantContext.require(), a.storageKey()));
        } catch (IOException e) {
            throw new NotFoundException("attachment");
        }
    }

    public record Content(AttachmentView attachment, InputStream stream) {
    }

    /**
     * Removes every attachment of a case (the consumer's identity is erased): the rows in the caller's transaction,
     * the content once it commits. Returns how many there were.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public int deleteAllOf(UUID complaintId) {
        List<Attachment> all = attachments.findByComplaintIdOrderByUploadedAt(complaintId);
        if (all.isEmpty()) {
            return 0;
        }
        String tenant = tenantContext.require();
        List<String> keys = all.stream().map(Attachment::storageKey).toList();
        attachments.deleteAll(all);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (String key : keys) {
                    try {
                        storage.delete(tenant, key);
                    } catch (IOException e) {
                        log.warn("could not remove the content of an erased attachment tenant={} key={}", tenant, key);
                    }
                }
            }
        });
        return all.size();
    }

    private void removeOnRollback(String tenant, String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        storage.delete(tenant, key);
                    } catch (IOException e) {
                        log.warn("could not remove the content of a rolled-back upload tenant={} key={}", tenant, key);
                    }
                }
            }
        });
    }

    /**
     * The name kept and offered for download: the last path segment, without control characters, quotes, unpaired
     * surrogates and the bidirectional controls that disguise a name ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf").
     */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : com.complaints.core.shared.Texts.displayName(fileName).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new InvalidInputException("file", "file-name");
        }
        if (name.length() > 200) {
            int from = name.length() - 200;
            name = name.substring(Character.isLowSurrogate(name.charAt(from)) ? from + 1 : from);
        }
        return name;
    }
}
