package com.complaints.core.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.tenancy.TenantProvisioned;

/**
 * Readable case numbers, unique per tenant: {@code DEMO-20261128-000042} — the tenant slug, the day of receipt in
 * the tenant's time zone and the day's sequence. A node takes a block of the day's numbers from the tenant's counter
 * in a short transaction of its own and hands them out from memory, so no intake waits on the counter row while it
 * does its work. The price: numbers can have gaps (a block a node had not used up when it stopped or the day ended,
 * an intake that rolled back), and with several nodes they follow the order of receipt only per node.
 */
@Component
class CaseNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final CaseNumberCounterRepository counters;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final int blockSize;
    private final Map<String, Blocks> blocks = new ConcurrentHashMap<>();

    CaseNumbers(CaseNumberCounterRepository counters, PlatformTransactionManager transactions, Clock clock,
                @Value("${complaints.case-numbers.block-size:20}") int blockSize) {
        this.counters = counters;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.blockSize = Math.max(1, blockSize);
    }

    /** The next number of the bound tenant (the caller's tenant binding picks the counter row). */
    String next(String tenant, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Blocks tenantBlocks = blocks.computeIfAbsent(tenant, t -> new Blocks());
        int sequence;
        LocalDate day;
        synchronized (tenantBlocks) {
            CaseNumberCounter.Block block = tenantBlocks.current;
            if (block == null || tenantBlocks.next > block.last() || today.isAfter(block.day())) {
                block = ownTransaction.execute(s -> take(tenant, today));
                tenantBlocks.current = block;
                tenantBlocks.next = block.first();
            }
            sequence = tenantBlocks.next++;
            day = block.day();
        }
        return "%s-%s-%06d".formatted(tenant.toUpperCase(Locale.ROOT), DAY.format(day), sequence);
    }

    private CaseNumberCounter.Block take(String tenant, LocalDate today) {
        CaseNumberCounter counter = counters.lockCurrent()
                .orElseThrow(() -> new IllegalStateException("tenant " + tenant + " has no case counter"));
        return counter.take(today, blockSize);
    }

    @EventListener
    void on(TenantProvisioned event) {
        counters.save(new CaseNumberCounter(LocalDate.EPOCH));
    }

    /** A tenant's block on this node and the next number of it; guarded by its own monitor. */
    private static final class Blocks {
        private CaseNumberCounter.Block current;
        private int next;
    }
}
