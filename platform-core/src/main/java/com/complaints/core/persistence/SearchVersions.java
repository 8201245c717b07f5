package com.complaints.core.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change version of cases (not mapped on the entity, so Hibernate never writes it back): counted up with every
 * timeline event in the change's transaction, read with the case's facts, used as the index document version.
 */
@Component
public class SearchVersions {

    private final EntityManager em;
    private final Clock clock;

    SearchVersions(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Counts the case's change version up and stamps when it changed; returns nothing, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bump(UUID complaintId) {
        em.createNativeQuery("update complaints set change_version = change_version + 1, changed_at = ?1 where id = ?2")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, complaintId)
                .executeUpdate();
    }

    /** The change versions of cases. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<UUID, Long> of(Collection<UUID> ids) {
        Map<UUID, Long> versions = new HashMap<>();
        if (ids.isEmpty()) {
            return versions;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, change_version from complaints where id in (?1)")
                .setParameter(1, ids).getResultList();
        for (Object[] row : rows) {
            versions.put(NativeValues.uuid(row[0]), ((Number) row[1]).longValue());
        }
        return versions;
    }

    /** Ids of the tenant's cases changed since {@code since} (for the catch-up after a reindex). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<UUID> changedSince(java.time.Instant since) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select id from complaints where changed_at >= ?1")
                .setParameter(1, Timestamp.from(since)).getResultList();
        return rows.stream().map(NativeValues::uuid).toList();
    }
}
