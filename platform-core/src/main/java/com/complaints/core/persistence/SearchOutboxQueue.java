package com.complaints.core.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The search outbox: which cases changed and must be (re)indexed. Written in the change's transaction; read across
 * tenants by the relay only, which switches on {@code app.search_relay} for its own transaction.
 */
@Component
public class SearchOutboxQueue {

    private final EntityManager em;
    private final Clock clock;
    private final boolean rowLevelSecurity;
    /** One permit at most: "the outbox got work since you last looked". */
    private final Semaphore work = new Semaphore(0);

    SearchOutboxQueue(EntityManager em, Clock clock, DataSource dataSource) {
        this.em = em;
        this.clock = clock;
        this.rowLevelSecurity = PersistenceConfiguration.isPostgres(dataSource);
    }

    /** A queued change. */
    public record Entry(long id, String tenantId, UUID complaintId, Instant createdAt) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void add(String tenantId, UUID complaintId) {
        em.createNativeQuery("insert into search_outbox (tenant_id, complaint_id, created_at) values (?1, ?2, ?3)")
                .setParameter(1, tenantId).setParameter(2, complaintId).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        }
    }

    /** Queues every case of the bound tenant (its search analysis changed: each must be indexed again). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int addAllOf(String tenantId) {
        int queued = em.createNativeQuery("insert into search_outbox (tenant_id, complaint_id, created_at) "
                        + "select tenant_id, id, ?1 from complaints where tenant_id = ?2")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, tenantId).executeUpdate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        }
        return queued;
    }

    /** Tells a waiting relay of this node that committed work is queued. */
    public void wake() {
        if (work.availablePermits() == 0) {
            work.release();
        }
    }

    /**
     * Waits until this node queued work or {@code atMost} passed.
     *
     * @return whether it was woken by work (else the wait timed out)
     */
    public boolean awaitWork(Duration atMost) throws InterruptedException {
        boolean woken = work.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS);
        work.drainPermits();
        return woken;
    }

    /**
     * The oldest queued changes of all tenants, locked for this transaction (other relays skip them).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Entry> claim(int limit) {
        if (rowLevelSecurity) {
            em.createNativeQuery("select set_config('app.search_relay', 'on', true)").getSingleResult();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, tenant_id, complaint_id, created_at from search_outbox "
                + "order by id limit ?1 for update skip locked").setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), (String) r[1], NativeValues.uuid(r[2]), NativeValues.instant(r[3])))
                .toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("delete from search_outbox where id in (?1)").setParameter(1, ids).executeUpdate();
        }
    }

    /** How many changes wait, and since when the oldest (across tenants; the relay's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Backlog backlog() {
        if (rowLevelSecurity) {
            em.createNativeQuery("select set_config('app.search_relay', 'on', true)").getSingleResult();
        }
        Object[] row = (Object[]) em.createNativeQuery("select count(*), min(created_at) from search_outbox").getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), row[1] == null ? null : NativeValues.instant(row[1]));
    }

    public record Backlog(long size, Instant oldest) {
    }
}
