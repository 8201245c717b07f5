package com.complaints.core.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicate check's index of complaint texts ({@code case_text_bands}, V22): a case's MinHash band values,
 * written once with the case, and the cases of the tenant that share bands with a text. Every statement names the
 * tenant; row-level security is the backstop on PostgreSQL.
 */
@Component
public class CaseTextBands {

    private final EntityManager em;

    CaseTextBands(EntityManager em) {
        this.em = em;
    }

    /** Stores a new case's bands, in one statement, in the intake's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String tenantId, UUID complaintId, Instant receivedAt, long[] bands) {
        if (bands.length == 0) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into case_text_bands (tenant_id, band, received_at, complaint_id) values ");
        for (int i = 0; i < bands.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(i + 4).append(", ?2, ?3)");
        }
        Query insert = em.createNativeQuery(sql.toString())
                .setParameter(1, tenantId).setParameter(2, Timestamp.from(receivedAt)).setParameter(3, complaintId);
        for (int i = 0; i < bands.length; i++) {
            insert.setParameter(i + 4, bands[i]);
        }
        insert.executeUpdate();
    }

    /**
     * The tenant's cases received within {@code [from, to]}, other than {@code except}, that share at least one band
     * with {@code bands}: those sharing the most bands first (the more bands, the more alike), then the newest. Each
     * band contributes its {@code perBand} newest cases at most, so a wave of near-identical complaints costs the
     * same as a quiet day: at most {@code bands × perBand} index entries read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> sharing(String tenantId, long[] bands, Instant from, Instant to, UUID except, int perBand, int limit) {
        if (bands.length == 0) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select complaint_id from (");
        for (int i = 0; i < bands.length; i++) {
            sql.append(i == 0 ? "" : " union all ")
                    .append("select * from (select complaint_id, received_at from case_text_bands where tenant_id = ?1 and band = ?")
                    .append(i + 5).append(" and received_at between ?2 and ?3 and complaint_id <> ?4 order by received_at desc fetch first ")
                    .append(perBand).append(" rows only) b").append(i);
        }
        sql.append(") shared group by complaint_id order by count(*) desc, max(received_at) desc");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter(1, tenantId).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to))
                .setParameter(4, except)
                .setMaxResults(limit);
        for (int i = 0; i < bands.length; i++) {
            query.setParameter(i + 5, bands[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        return rows.stream().map(NativeValues::uuid).toList();
    }
}
