package com.complaints.core.persistence;

import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the bound tenant's personal-data access-log entries older than its policy keeps them ({@code before}). The
 * application may not delete from that log on PostgreSQL: the owner's function {@code purge_personal_data_access_log}
 * (V25.1) does it, for the bound tenant, with the cutoff of the tenant's stored policy. The embedded database deletes
 * directly, by tenant.
 */
@Component
public class AccessLogPurge {

    private final EntityManager em;
    private final boolean postgres;

    AccessLogPurge(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.postgres = PersistenceConfiguration.isPostgres(dataSource);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long olderThan(String tenant, Instant before) {
        if (postgres) {
            // the function reads the tenant's policy itself: the application cannot choose what goes
            Object removed = em.createNativeQuery("select purge_personal_data_access_log()").getSingleResult();
            return ((Number) removed).longValue();
        }
        return em.createNativeQuery("delete from personal_data_access_log where tenant_id = ?1 and recorded_at < ?2")
                .setParameter(1, tenant).setParameter(2, Timestamp.from(before)).executeUpdate();
    }
}
