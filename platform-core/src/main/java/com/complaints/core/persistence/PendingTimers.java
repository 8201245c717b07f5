package com.complaints.core.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pending deadline timers of all tenants, for the timer reconciler: one query per page however many tenants
 * there are. On PostgreSQL it switches on {@code app.timer_reconciler} for its own transaction, which the timers'
 * row-level security lets read (never write) across tenants.
 */
@Component
public class PendingTimers {

    private final EntityManager em;
    private final boolean rowLevelSecurity;

    PendingTimers(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.rowLevelSecurity = PersistenceConfiguration.isPostgres(dataSource);
    }

    /** A pending timer as the index keys it. */
    public record Pending(String tenantId, UUID id, long version, Instant dueAt) {
    }

    /** Pending timers due before {@code before} with an id above {@code after}, in id order. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<Pending> dueBefore(Instant before, UUID after, int limit) {
        if (rowLevelSecurity) {
            em.createNativeQuery("select set_config('app.timer_reconciler', 'on', true)").getSingleResult();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_id, id, version, due_at from deadline_timers "
                        + "where active = true and fired_at is null and due_at < ?1 and id > ?2 order by id limit ?3")
                .setParameter(1, Timestamp.from(before)).setParameter(2, after).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new Pending((String) r[0], NativeValues.uuid(r[1]), ((Number) r[2]).longValue(),
                NativeValues.instant(r[3]))).toList();
    }
}
