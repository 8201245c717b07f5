package com.complaints.core.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicate check's index ({@code duplicate_keys}, V22): a case's keys ({@code DuplicateKeys}: identity hashes and
 * text bands), written once with the case, and the tenant's cases that share keys with a new one. Every statement
 * names the tenant; row-level security is the backstop on PostgreSQL.
 */
@Component
public class DuplicateKeyIndex {

    private final EntityManager em;

    DuplicateKeyIndex(EntityManager em) {
        this.em = em;
    }

    /** Stores a new case's keys, in one statement, in the intake's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String tenantId, UUID complaintId, Instant receivedAt, long[] keys) {
        long[] distinct = Arrays.stream(keys).distinct().toArray();
        if (distinct.length == 0) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into duplicate_keys (tenant_id, key_hash, received_at, complaint_id) values ");
        for (int i = 0; i < distinct.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(i + 4).append(", ?2, ?3)");
        }
        Query insert = em.createNativeQuery(sql.toString())
                .setParameter(1, tenantId).setParameter(2, Timestamp.from(receivedAt)).setParameter(3, complaintId);
        for (int i = 0; i < distinct.length; i++) {
            insert.setParameter(i + 4, distinct[i]);
        }
        insert.executeUpdate();
    }

    /**
     * The tenant's cases received within {@code [from, to]}, other than {@code except}, that share at least one of
     * {@code keys}: those sharing the most first (for text bands: the more, the more alike), then the newest. Each
     * key contributes its {@code perKey} newest cases at most, so a wave of near-identical complaints costs the same
     * as a quiet day: at most {@code keys × perKey} index entries read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> sharing(String tenantId, long[] keys, Instant from, Instant to, UUID except, int perKey, int limit) {
        long[] distinct = Arrays.stream(keys).distinct().toArray();
        if (distinct.length == 0) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select complaint_id from (");
        for (int i = 0; i < distinct.length; i++) {
            sql.append(i == 0 ? "" : " union all ")
                    .append("select * from (select complaint_id, received_at from duplicate_keys where tenant_id = ?1 and key_hash = ?")
                    .append(i + 5).append(" and received_at between ?2 and ?3 and complaint_id <> ?4 ")
                    // the key's whole primary-key order, reversed: H2 then walks the index backwards and stops after
                    // perKey rows (ordered by received_at alone it read all of the key's rows and sorted them)
                    .append("order by tenant_id desc, key_hash desc, received_at desc fetch first ")
                    .append(perKey).append(" rows only) k").append(i);
        }
        sql.append(") shared group by complaint_id order by count(*) desc, max(received_at) desc");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter(1, tenantId).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to))
                .setParameter(4, except)
                .setMaxResults(limit);
        for (int i = 0; i < distinct.length; i++) {
            query.setParameter(i + 5, distinct[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        return rows.stream().map(NativeValues::uuid).toList();
    }
}
