package com.complaints.search.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.complaint.CaseFacts;
import com.complaints.core.complaint.CaseFactsReader;
import com.complaints.core.search.SearchVocabularies;
import com.complaints.core.persistence.SearchOutboxQueue;
import com.complaints.core.tenancy.TenantContext;

/**
 * Drains the search outbox into Elasticsearch: claims the oldest entries (locked, so relays on other nodes take
 * others), reads the cases' current facts per tenant, indexes them in one bulk request and only then deletes the
 * entries. When Elasticsearch is down the transaction rolls back, entries stay, intake goes on, and the relay
 * retries with back-off until it catches up. Metrics: {@code complaints.search.index.lag} (time from the change to
 * its indexing) and {@code complaints.search.outbox.backlog}.
 */
public class SearchRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchRelay.class);

    private final SearchOutboxQueue outbox;
    private final CaseFactsReader reader;
    private final SearchVocabularies vocabularies;
    private final CaseIndexWriter writer;
    private final IndexAliases aliases;
    private final TenantContext tenantContext;
    private final CaseIndexProperties properties;
    private final TransactionTemplate claimTx;
    private final TransactionTemplate readTx;
    private final Clock clock;
    private final Timer lag;
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean running;
    private final boolean backgroundWork;
    private final List<Thread> threads = new java.util.ArrayList<>();

    SearchRelay(SearchOutboxQueue outbox, CaseFactsReader reader, SearchVocabularies vocabularies, CaseIndexWriter writer,
                IndexAliases aliases, TenantContext tenantContext, CaseIndexProperties properties,
                PlatformTransactionManager transactions, MeterRegistry meters, Clock clock, boolean backgroundWork) {
        this.backgroundWork = backgroundWork;
        this.outbox = outbox;
        this.reader = reader;
        this.vocabularies = vocabularies;
        this.writer = writer;
        this.aliases = aliases;
        this.tenantContext = tenantContext;
        this.properties = properties;
        this.claimTx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readTx.setReadOnly(true);
        this.clock = clock;
        this.lag = Timer.builder("complaints.search.index.lag").publishPercentiles(0.5, 0.95, 0.99)
                .description("time from a case change to its indexing").register(meters);
        Gauge.builder("complaints.search.outbox.backlog", backlog, AtomicLong::get).register(meters);
    }

    /** Drains one batch; returns how many entries were indexed (0: the outbox was empty). */
    public int drainOnce() {
        Integer done = claimTx.execute(status -> {
            List<SearchOutboxQueue.Entry> entries = outbox.claim(properties.relayBatch());
            if (entries.isEmpty()) {
                backlog.set(0);
                return 0;
            }
            Map<String, Set<UUID>> byTenant = new LinkedHashMap<>();
            entries.forEach(e -> byTenant.computeIfAbsent(e.tenantId(), t -> new LinkedHashSet<>()).add(e.complaintId()));
            List<CaseFacts> facts = new java.util.ArrayList<>();
            Map<String, SearchVocabularies.Current> analyses = new java.util.HashMap<>();
            byTenant.forEach((tenant, ids) -> tenantContext.runAs(tenant, () -> readTx.executeWithoutResult(s -> {
                facts.addAll(reader.read(ids));
                analyses.put(tenant, vocabularies.current());
            })));
            try {
                writer.write(aliases.alias(), facts, analyses);
            } catch (IOException e) {
                throw new IndexUnavailableException(e);
            }
            outbox.remove(entries.stream().map(SearchOutboxQueue.Entry::id).toList());
            Instant now = clock.instant();
            entries.forEach(e -> lag.record(Duration.between(e.createdAt(), now)));
            return entries.size();
        });
        return done == null ? 0 : done;
    }

    /** Drains until the outbox is empty (tests, catch-up). */
    public void drain() {
        while (drainOnce() > 0) {
            // keep going
        }
    }

    /**
     * Drains while there is work; idle, it waits for a commit on this node to queue some (no polling), at most
     * {@code relayIdleInterval} — then it looks anyway, for what another node left behind, and counts the backlog.
     */
    private void loop() {
        Duration pause = properties.relayInterval();
        boolean woken = true;
        while (running) {
            try {
                int done = drainOnce();
                pause = properties.relayInterval();
                if (done == properties.relayBatch()) {
                    continue;
                }
                if (done == 0) {
                    if (!woken) {
                        backlog.set(claimTx.execute(s -> outbox.backlog().size()));
                    }
                    woken = outbox.awaitWork(properties.relayIdleInterval());
                    continue;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                pause = pause.multipliedBy(2).compareTo(properties.relayMaxBackoff()) > 0 ? properties.relayMaxBackoff()
                        : pause.multipliedBy(2);
                log.warn("search relay failed, retrying in {} ms: {}", pause.toMillis(), e.getMessage());
                try {
                    backlog.set(claimTx.execute(s -> outbox.backlog().size()));
                } catch (RuntimeException ignored) {
                    // the database is the problem: the next round tells
                }
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Not on a run that only migrates the schema ({@code migrate} profile: complaints.background-work=false). */
    @Override
    public boolean isAutoStartup() {
        return backgroundWork;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < Math.max(1, properties.relayThreads()); i++) {
            threads.add(Thread.ofPlatform().name("search-relay-" + i).daemon().start(this::loop));
        }
    }

    @Override
    public void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Elasticsearch did not take the batch. */
    static class IndexUnavailableException extends RuntimeException {
        IndexUnavailableException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
