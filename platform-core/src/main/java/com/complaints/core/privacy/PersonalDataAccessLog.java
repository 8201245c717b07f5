package com.complaints.core.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.persistence.AccessLogPurge;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.tenancy.TenantContext;

/**
 * The tenant's log of accesses to personal data: every reveal, download, lookup, export and erasure, with who, when,
 * which case and why, written in the transaction of the access. Tenant admins read it; nobody changes it; the
 * retention job removes entries older than the tenant's policy keeps.
 */
@Service
public class PersonalDataAccessLog {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataAccessLog.class);
    private static final int MAX_REASON = 500;

    private final AccessLogRepository entries;
    private final AccessLogPurge purge;
    private final TenantContext tenantContext;
    private final Clock clock;

    PersonalDataAccessLog(AccessLogRepository entries, AccessLogPurge purge, TenantContext tenantContext, Clock clock) {
        this.entries = entries;
        this.purge = purge;
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    /** Records one access; for an export or a lookup the reason is required. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, AccessAction action, UUID complaintId, String caseNumber, String reason) {
        entries.save(new AccessLogEntry(actor, action, complaintId, caseNumber, reason, clock.instant()));
        log.info("personal data {} tenant={} case={} by={}", action.name().toLowerCase(java.util.Locale.ROOT),
                tenantContext.current().orElse("-"), caseNumber, actor);
    }

    /** A reason fit for the log (and for a legal hold): present, trimmed, at most 500 characters; else 400 {@code reason}. */
    public static String requiredReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "required");
        }
        String clean = reason.strip();
        if (clean.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "max-length", MAX_REASON);
        }
        return clean;
    }

    @Transactional(readOnly = true)
    public Page<AccessLogEntryView> list(UUID complaintId, Pageable page) {
        return (complaintId == null ? entries.findAllByOrderByRecordedAtDesc(page)
                : entries.findByComplaintIdOrderByRecordedAtDesc(complaintId, page)).map(AccessLogEntry::view);
    }

    /** Removes the bound tenant's entries older than {@code keep}; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long purgeOlderThan(Duration keep) {
        return purge.olderThan(tenantContext.require(), clock.instant().minus(keep));
    }

    /** One entry as tenant admins read it. */
    public record AccessLogEntryView(UUID id, String actor, AccessAction action, UUID complaintId, String caseNumber, String reason,
                        Instant recordedAt) {
    }
}
