package com.complaints.core.idempotency;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;

/** Forgets idempotency keys after their retention (at least 24 h; default 48 h), tenant by tenant. */
@Component
class IdempotencyRecordPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyRecordPurge.class);

    private final IdempotencyRecordRepository records;
    private final TenantDirectory tenants;
    private final TenantContext tenantContext;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retention;

    IdempotencyRecordPurge(IdempotencyRecordRepository records, TenantDirectory tenants, TenantContext tenantContext,
                           TransactionTemplate transactions, Clock clock,
                           @Value("${complaints.idempotency.retention:PT48H}") Duration retention) {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("complaints.idempotency.retention must be at least 24 hours");
        }
        this.records = records;
        this.tenants = tenants;
        this.tenantContext = tenantContext;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${complaints.idempotency.purge-interval:PT1H}", initialDelayString = "PT5M")
    void purge() {
        var before = clock.instant().minus(retention);
        tenants.list().forEach(tenant -> {
            int deleted = tenantContext.callAs(tenant.slug(),
                    () -> transactions.execute(tx -> records.deleteOlderThan(before)));
            if (deleted > 0) {
                log.info("purged idempotency keys tenant={} count={}", tenant.slug(), deleted);
            }
        });
    }
}
