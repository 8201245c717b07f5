package com.complaints.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant's audit log: configuration changes, written in the transaction of the change. (Reveals of consumers' contact
 * details were recorded here before the personal-data access log existed; those entries stay.)
 */
@Service
public class AdminAuditLog {

    private final AuditEntryRepository entries;
    private final JsonMapper json;
    private final Clock clock;

    AdminAuditLog(AuditEntryRepository entries, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subject, Object details) {
        entries.save(new AuditEntry(actor, action, subject, json.writeValueAsString(details), clock.instant()));
    }

    @Transactional(readOnly = true)
    public Page<Entry> list(Pageable page) {
        return entries.findAllByOrderByRecordedAtDesc(page).map(AuditEntry::view);
    }

    /** @param details the change as JSON */
    public record Entry(UUID id, String actor, String action, String subject, String details, Instant recordedAt) {
    }
}
