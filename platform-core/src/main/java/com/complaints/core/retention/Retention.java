package com.complaints.core.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.calendar.BusinessCalendar;
import com.complaints.core.calendar.BusinessCalendars;
import com.complaints.core.complaint.CasePersonalData;
import com.complaints.core.complaint.Complaint;
import com.complaints.core.complaint.ComplaintRepository;
import com.complaints.core.privacy.AccessAction;
import com.complaints.core.privacy.PersonalDataAccessLog;
import com.complaints.core.shared.Actor;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.PreconditionFailedException;
import com.complaints.core.tenancy.PlatformTenant;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.tenancy.TenantProvisioned;
import com.complaints.core.timer.FiredTimer;
import com.complaints.core.timer.TimerHandler;
import com.complaints.core.timer.Timers;

/**
 * The tenant's retention policy and its run. Each tenant has one {@code retention} timer, due at the start of the
 * next business day of the tenant's calendar; when it fires, the next one is set and the run starts once that commits:
 * the consumer's identity is erased from every case closed at least the policy's number of business days ago (the
 * tenant's calendar counts them) unless a legal hold keeps it, each case in a short transaction of its own, each in
 * the access log; then access-log entries older than the policy keeps are removed. A tenant admin may run it at once.
 */
@Service
public class Retention implements TimerHandler {

    static final String PURPOSE = "retention";
    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final RetentionPolicyRepository policies;
    private final ComplaintRepository complaints;
    private final CasePersonalData personalData;
    private final PersonalDataAccessLog accessLog;
    private final BusinessCalendars calendars;
    private final Timers timers;
    private final AdminAuditLog audit;
    private final TenantDirectory tenants;
    private final PlatformTenant platformTenant;
    private final TenantContext tenantContext;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int batchSize;
    private final ExecutorService runs = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("retention").factory());

    Retention(RetentionPolicyRepository policies, ComplaintRepository complaints, CasePersonalData personalData,
              PersonalDataAccessLog accessLog, BusinessCalendars calendars, Timers timers, AdminAuditLog audit,
              TenantDirectory tenants, PlatformTenant platformTenant, TenantContext tenantContext,
              PlatformTransactionManager transactions, Clock clock,
              @Value("${complaints.privacy.retention-batch:100}") int batchSize) {
        this.policies = policies;
        this.complaints = complaints;
        this.personalData = personalData;
        this.accessLog = accessLog;
        this.calendars = calendars;
        this.timers = timers;
        this.audit = audit;
        this.tenants = tenants;
        this.platformTenant = platformTenant;
        this.tenantContext = tenantContext;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Every new tenant gets its policy (nothing erased until an admin sets it) and its timer. */
    @EventListener
    void on(TenantProvisioned event) {
        policy();
    }

    /** Tenants provisioned before the retention policy existed get theirs at start-up. */
    @EventListener(ApplicationReadyEvent.class)
    public void ensurePolicies() {
        for (var tenant : tenants.list()) {
            if (!platformTenant.is(tenant.slug())) {
                tenantContext.runAs(tenant.slug(), () -> tx.executeWithoutResult(s -> policy()));
            }
        }
    }

    public RetentionPolicyView get() {
        return tx.execute(s -> {
            RetentionPolicy p = policy();
            return p.view(nextRunAt(p));
        });
    }

    /** Changes the policy (If-Match: its version); 400 for days out of range. */
    public RetentionPolicyView update(Integer anonymiseAfterBusinessDays, Integer accessLogDays, Long expectedVersion,
                                      String actor) {
        if (anonymiseAfterBusinessDays != null && (anonymiseAfterBusinessDays < 1 || anonymiseAfterBusinessDays > 10_000)) {
            throw new InvalidInputException("anonymiseAfterBusinessDays", "range", 1, 10_000);
        }
        if (accessLogDays == null || accessLogDays < 30 || accessLogDays > 10_000) {
            throw new InvalidInputException("accessLogDays", "range", 30, 10_000);
        }
        return tx.execute(s -> {
            RetentionPolicy p = policy();
            if (expectedVersion != null && expectedVersion != p.version()) {
                throw new PreconditionFailedException(expectedVersion, p.version());
            }
            p.change(anonymiseAfterBusinessDays, accessLogDays, actor, clock.instant());
            policies.saveAndFlush(p);
            audit.record(actor, "RETENTION_POLICY_CHANGED", "retention-policy", Map.of(
                    "anonymiseAfterBusinessDays", String.valueOf(anonymiseAfterBusinessDays), "accessLogDays", accessLogDays));
            return p.view(nextRunAt(p));
        });
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public void fire(FiredTimer timer) {
        String tenant = tenantContext.require();
        policies.findById(timer.subjectId()).ifPresent(p -> p.timer(timers.schedule(PURPOSE, "daily", p.id(), null, nextRun())));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runs.execute(() -> {
                    try {
                        tenantContext.runAs(tenant, () -> run("retention timer"));
                    } catch (RuntimeException e) {
                        log.error("retention run failed tenant={}; the next business day's run retries", tenant, e);
                    }
                });
            }
        });
    }

    /** One run for the bound tenant, now; returns what it did. */
    public RetentionRunResult run(String trigger) {
        String tenant = tenantContext.require();
        long started = System.nanoTime();
        Instant now = clock.instant();
        RetentionPolicy p = tx.execute(s -> policy());
        int erased = 0;
        if (p.anonymiseAfterBusinessDays() != null) {
            int days = p.anonymiseAfterBusinessDays();
            BusinessCalendar calendar = tx.execute(s -> calendars.governing(null));
            // N business days are at least N calendar days: older closings are the only candidates
            Instant before = now.minus(Duration.ofDays(days));
            boolean more = true;
            while (more) {
                List<UUID> candidates = tx.execute(s -> complaints.findErasable(before, PageRequest.of(0, batchSize)));
                int erasedInBatch = 0;
                for (UUID id : candidates) {
                    Boolean done = tx.execute(s -> eraseIfDue(id, calendar, days, now));
                    if (Boolean.TRUE.equals(done)) {
                        erasedInBatch++;
                    } else {
                        // closings come oldest first: once one is not due yet, none after it is
                        more = false;
                        break;
                    }
                }
                erased += erasedInBatch;
                more = more && candidates.size() == batchSize;
            }
        }
        long purged = tx.execute(s -> {
            long removed = accessLog.purgeOlderThan(Duration.ofDays(p.accessLogDays()));
            policies.findById(p.id()).ifPresent(current -> current.ran(now));
            return removed;
        });
        log.info("retention run tenant={} trigger={} erased={} access_log_removed={} took_ms={}", tenant, trigger, erased,
                purged, (System.nanoTime() - started) / 1_000_000);
        return new RetentionRunResult(erased, purged);
    }

    private boolean eraseIfDue(UUID id, BusinessCalendar calendar, int days, Instant now) {
        Complaint c = complaints.findForChange(id).orElse(null);
        if (c == null || c.anonymisedAt() != null || c.legalHold() != null || c.closedAt() == null) {
            return true;
        }
        if (calendar.plusBusinessDays(c.closedAt(), days).isAfter(now)) {
            return false;
        }
        personalData.erase(c, Actor.system(), "retention: " + days + " business days after closing");
        accessLog.record(Actor.system().recorded(), AccessAction.RETENTION, c.id(), c.caseNumber(),
                "retention policy: " + days + " business days after closing");
        return true;
    }

    /** The bound tenant's policy, made with its timer if it has none yet (in the caller's transaction). */
    private RetentionPolicy policy() {
        return policies.findFirstBy().orElseGet(() -> {
            RetentionPolicy fresh = policies.save(new RetentionPolicy(Actor.system().recorded(), clock.instant()));
            fresh.timer(timers.schedule(PURPOSE, "daily", fresh.id(), null, nextRun()));
            return fresh;
        });
    }

    /** The start of the next business day after today, in the tenant's calendar. */
    private Instant nextRun() {
        BusinessCalendar calendar = calendars.governing(null);
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), calendar.zone()).plusDays(1);
        return calendar.nextBusinessInstant(tomorrow.atStartOfDay(calendar.zone()).toInstant());
    }

    private Instant nextRunAt(RetentionPolicy p) {
        return p.timerId() == null ? null : timers.dueAt(p.timerId());
    }

    /** What one run did. */
    public record RetentionRunResult(int erased, long accessLogEntriesRemoved) {
    }
}
