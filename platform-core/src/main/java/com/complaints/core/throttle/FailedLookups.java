package com.complaints.core.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.shared.Hashes;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;

/**
 * Limits the wrong guesses of the public pages' secrets (access codes, survey tokens): at most
 * {@code complaints.public.lookups.per-client} failed lookups per client and {@code ...per-case} per case in a
 * {@code ...window}; past that the lookup answers 429 with {@code Retry-After}, even with the right code, until the
 * window has passed. The counts live in the database, so every node shares them. Buckets hold a hash of the
 * client's address and of the case number, not the values themselves.
 */
@Service
public class FailedLookups {

    private static final Logger log = LoggerFactory.getLogger(FailedLookups.class);

    private final FailedLookupRepository lookups;
    private final TransactionTemplate ownTransaction;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final int perClient;
    private final int perCase;
    private final Duration window;

    FailedLookups(FailedLookupRepository lookups, PlatformTransactionManager transactions, TenantContext tenantContext,
                  TenantDirectory tenants, Clock clock,
                  @Value("${complaints.public.lookups.per-client:20}") int perClient,
                  @Value("${complaints.public.lookups.per-case:10}") int perCase,
                  @Value("${complaints.public.lookups.window:PT15M}") Duration window) {
        this.lookups = lookups;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.clock = clock;
        this.perClient = perClient;
        this.perCase = perCase;
        this.window = window;
    }

    /**
     * Runs a lookup by secret. A {@link NotFoundException} from it is a failed guess: counted for the client and,
     * when given, the case, and then rethrown.
     *
     * @param client     the client's address
     * @param caseNumber the case the secret claims to open, or {@code null} (a survey token names no case)
     */
    public <T> T guard(String client, String caseNumber, Supplier<T> lookup) {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("client:" + digest(client), perClient);
        if (caseNumber != null && !caseNumber.isBlank()) {
            limits.put("case:" + digest(caseNumber.strip()), perCase);
        }
        refuseWhenExhausted(limits);
        try {
            return lookup.get();
        } catch (NotFoundException wrong) {
            limits.keySet().forEach(this::countFailure);
            throw wrong;
        }
    }

    private void refuseWhenExhausted(Map<String, Integer> limits) {
        Instant now = clock.instant();
        Duration wait = ownTransaction.execute(tx -> lookups.findByBucketIn(limits.keySet()).stream()
                .filter(f -> f.windowStart().plus(window).isAfter(now))
                .filter(f -> f.failures() >= limits.getOrDefault(f.bucket(), Integer.MAX_VALUE))
                .map(f -> Duration.between(now, f.windowStart().plus(window)))
                .max(Duration::compareTo).orElse(null));
        if (wait != null) {
            log.info("public lookup refused tenant={} (too many failed attempts)", tenantContext.require());
            throw new TooManyAttemptsException(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
        }
    }

    private void countFailure(String bucket) {
        Instant now = clock.instant();
        try {
            ownTransaction.executeWithoutResult(tx -> {
                if (lookups.countFailure(bucket, now, now.minus(window)) == 0) {
                    lookups.saveAndFlush(new FailedLookup(bucket, now));
                }
            });
        } catch (DataIntegrityViolationException raced) {
            ownTransaction.executeWithoutResult(tx -> lookups.countFailure(bucket, now, now.minus(window)));
        }
    }

    /** Forgets windows that have passed, tenant by tenant. */
    @Scheduled(fixedDelayString = "${complaints.public.lookups.purge-interval:PT1H}", initialDelayString = "PT5M")
    void purge() {
        Instant before = clock.instant().minus(window);
        tenants.list().forEach(tenant -> tenantContext.runAs(tenant.slug(),
                () -> ownTransaction.executeWithoutResult(tx -> lookups.deleteOlderThan(before))));
    }

    private static String digest(String value) {
        return Hashes.sha256Hex(String.valueOf(value));
    }
}
