package com.complaints.search.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.complaint.CaseFacts;
import com.complaints.core.complaint.CaseFactsReader;
import com.complaints.core.persistence.SearchVersions;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.tenancy.TenantView;

/**
 * Full reindex from the database without downtime: a new index with the current mapping is filled tenant by tenant
 * while searches and the relay keep using the alias; then the alias moves to the new index in one request, the
 * cases changed since the start are indexed again (versions make that harmless), and the old index is deleted.
 */
public class SearchReindexer {

    private static final Logger log = LoggerFactory.getLogger(SearchReindexer.class);
    private static final int PAGE = 1000;

    private final IndexAliases aliases;
    private final CaseIndexWriter writer;
    private final CaseFactsReader reader;
    private final SearchVersions versions;
    private final TenantDirectory tenants;
    private final TenantContext tenantContext;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    SearchReindexer(IndexAliases aliases, CaseIndexWriter writer, CaseFactsReader reader, SearchVersions versions,
                    TenantDirectory tenants, TenantContext tenantContext, PlatformTransactionManager transactions, Clock clock) {
        this.aliases = aliases;
        this.writer = writer;
        this.reader = reader;
        this.versions = versions;
        this.tenants = tenants;
        this.tenantContext = tenantContext;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setReadOnly(true);
        this.clock = clock;
    }

    /** A reindex and how far it got. */
    public static final class Job {
        private final UUID id = UUID.randomUUID();
        private final Instant startedAt;
        private final AtomicInteger tenantsDone = new AtomicInteger();
        private final AtomicLong documents = new AtomicLong();
        private volatile int tenantsTotal;
        private volatile String state = "RUNNING";
        private volatile String index;
        private volatile String error;
        private volatile Instant finishedAt;

        Job(Instant startedAt) {
            this.startedAt = startedAt;
        }

        public Progress progress() {
            return new Progress(id, state, index, tenantsDone.get(), tenantsTotal, documents.get(), startedAt, finishedAt, error);
        }
    }

    public record Progress(UUID id, String state, String index, int tenantsDone, int tenantsTotal, long documents,
                           Instant startedAt, Instant finishedAt, String error) {
    }

    /** Starts a reindex on its own thread; returns its job. */
    public Progress start() {
        Job job = new Job(clock.instant());
        jobs.put(job.id, job);
        Thread.ofPlatform().name("search-reindex").daemon().start(() -> run(job));
        return job.progress();
    }

    /** Runs a reindex to its end on this thread (the command). */
    public Progress runNow() {
        Job job = new Job(clock.instant());
        jobs.put(job.id, job);
        run(job);
        return job.progress();
    }

    public java.util.Optional<Progress> progress(UUID id) {
        return java.util.Optional.ofNullable(jobs.get(id)).map(Job::progress);
    }

    private void run(Job job) {
        try {
            String index = aliases.createIndex();
            job.index = index;
            List<TenantView> all = tenants.list();
            job.tenantsTotal = all.size();
            for (TenantView tenant : all) {
                copy(tenant.slug(), index, job);
                job.tenantsDone.incrementAndGet();
            }
            aliases.refresh(index);
            List<String> before = aliases.moveTo(index);
            for (TenantView tenant : all) {
                List<UUID> changed = tenantContext.callAs(tenant.slug(), () -> tx.execute(s -> versions.changedSince(job.startedAt)));
                for (int i = 0; i < changed.size(); i += PAGE) {
                    List<UUID> slice = changed.subList(i, Math.min(changed.size(), i + PAGE));
                    writer.write(aliases.alias(), tenantContext.callAs(tenant.slug(), () -> tx.execute(s -> reader.read(slice))));
                }
            }
            aliases.refresh(index);
            for (String old : before) {
                if (!old.equals(index)) {
                    aliases.delete(old);
                }
            }
            job.state = "DONE";
            log.info("search reindex done: {} documents of {} tenants into {}", job.documents.get(), all.size(), index);
        } catch (IOException | RuntimeException e) {
            job.state = "FAILED";
            job.error = e.getMessage();
            log.error("search reindex failed", e);
        } finally {
            job.finishedAt = clock.instant();
        }
    }

    private void copy(String tenant, String index, Job job) throws IOException {
        UUID after = null;
        while (true) {
            UUID from = after;
            List<CaseFacts> page = tenantContext.callAs(tenant, () -> tx.execute(s -> reader.page(from, PAGE)));
            writer.write(index, page);
            job.documents.addAndGet(page.size());
            if (page.size() < PAGE) {
                return;
            }
            after = page.getLast().id();
        }
    }
}
