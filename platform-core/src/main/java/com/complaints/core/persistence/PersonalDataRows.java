package com.complaints.core.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.duplicate.DuplicateKeys;

/**
 * The consumer's contact columns of the tenant's cases as stored (ciphertexts, or clear values written before V25),
 * for the background sealing: read a batch in id order, write each row back sealed with the tenant's current key. A
 * write is a compare-and-set on the stored values, so a row changed meanwhile (by a user, sealed with the current key
 * already) is left as it is. Every statement names the tenant; row-level security is the backstop on PostgreSQL.
 */
@Component
public class PersonalDataRows {

    /** The stored contact columns of one case, and its blind indexes. */
    public record StoredContact(UUID id, String name, String phone, String email, String address, String phoneKey,
                                String emailKey) {

        @Override
        public String toString() {
            return "StoredContact[" + id + "]";
        }
    }

    private final EntityManager em;
    private final boolean postgres;

    PersonalDataRows(EntityManager em, javax.sql.DataSource dataSource) {
        this.em = em;
        this.postgres = PersistenceConfiguration.isPostgres(dataSource);
    }

    /** The next batch of the tenant's cases after {@code afterId} (null: from the start), whose identity is not erased. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StoredContact> batch(String tenant, UUID afterId, int size) {
        var query = em.createNativeQuery("select id, consumer_name, consumer_phone, consumer_email, consumer_address, "
                        + "phone_key, email_key from complaints where tenant_id = ?1 and anonymised_at is null"
                        + (afterId == null ? "" : " and id > ?2") + " order by id")
                .setParameter(1, tenant).setMaxResults(size);
        if (afterId != null) {
            query.setParameter(2, afterId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<StoredContact> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new StoredContact(NativeValues.uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6]));
        }
        return out;
    }

    /**
     * Writes {@code sealed} over {@code stored} if the row still holds exactly {@code stored}; when the blind indexes
     * changed (a clear row of before V25), the duplicate check's identity entries follow them. Returns whether it wrote.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean replace(String tenant, StoredContact stored, StoredContact sealed) {
        int updated = em.createNativeQuery("update complaints set consumer_name = ?1, consumer_phone = ?2, "
                        + "consumer_email = ?3, consumer_address = ?4, phone_key = ?5, email_key = ?6 "
                        + "where tenant_id = ?7 and id = ?8 and consumer_name = ?9 "
                        + "and coalesce(consumer_phone, '') = ?10 and coalesce(consumer_email, '') = ?11 "
                        + "and coalesce(consumer_address, '') = ?12")
                .setParameter(1, sealed.name()).setParameter(2, sealed.phone()).setParameter(3, sealed.email())
                .setParameter(4, sealed.address()).setParameter(5, sealed.phoneKey()).setParameter(6, sealed.emailKey())
                .setParameter(7, tenant).setParameter(8, stored.id()).setParameter(9, stored.name())
                .setParameter(10, Objects.requireNonNullElse(stored.phone(), ""))
                .setParameter(11, Objects.requireNonNullElse(stored.email(), ""))
                .setParameter(12, Objects.requireNonNullElse(stored.address(), ""))
                .executeUpdate();
        if (updated == 0) {
            return false;
        }
        rekey(tenant, stored.id(), "phone", stored.phoneKey(), sealed.phoneKey());
        rekey(tenant, stored.id(), "email", stored.emailKey(), sealed.emailKey());
        return true;
    }

    private void rekey(String tenant, UUID complaintId, String kind, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (after != null) {
            // only cases that had index entries get the new one (the window's cases; older ones were never keyed); the new
            // entry first, while the old one still shows the case is keyed
            em.createNativeQuery("insert into duplicate_keys (tenant_id, key_hash, received_at, complaint_id) "
                            + "select distinct tenant_id, ?3, received_at, complaint_id from duplicate_keys "
                            + "where tenant_id = ?1 and complaint_id = ?2 and not exists (select 1 from duplicate_keys d "
                            + "where d.tenant_id = ?1 and d.complaint_id = ?2 and d.key_hash = ?3)")
                    .setParameter(1, tenant).setParameter(2, complaintId)
                    .setParameter(3, DuplicateKeys.identityHash(kind, after)).executeUpdate();
        }
        if (before != null) {
            em.createNativeQuery("delete from duplicate_keys where tenant_id = ?1 and complaint_id = ?2 and key_hash = ?3")
                    .setParameter(1, tenant).setParameter(2, complaintId)
                    .setParameter(3, DuplicateKeys.identityHash(kind, before)).executeUpdate();
        }
    }

    /**
     * The texts around a case that staff and consumers wrote, by table and column (each with an {@code id}); those
     * of append-only tables are rewritten on PostgreSQL only through the owner's {@code rewrite_erased_case_text}
     * (V25.1), which refuses unless the case's identity is erased.
     */
    private static final List<String[]> CASE_TEXTS = List.of(
            new String[] {"solutions", "text"}, new String[] {"solutions", "rejection_reason"},
            new String[] {"handovers", "note"});
    private static final List<String[]> APPEND_ONLY_TEXTS = List.of(
            new String[] {"progress_updates", "message"}, new String[] {"follow_ups", "comment"},
            new String[] {"case_messages", "subject"}, new String[] {"case_messages", "body"},
            new String[] {"timeline_events", "summary"}, new String[] {"timeline_events", "changes"});

    /**
     * Passes every text written around a case (progress messages, follow-up comments, the consumer's messages,
     * solutions, handover notes, the timeline) through {@code mask}, writing back those it changed. Returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int maskCaseTexts(String tenant, UUID complaintId, UnaryOperator<String> mask) {
        int changed = 0;
        for (String[] text : java.util.stream.Stream.concat(CASE_TEXTS.stream(), APPEND_ONLY_TEXTS.stream()).toList()) {
            boolean appendOnly = APPEND_ONLY_TEXTS.contains(text);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, " + text[1] + " from " + text[0]
                            + " where tenant_id = ?1 and complaint_id = ?2 and " + text[1] + " is not null")
                    .setParameter(1, tenant).setParameter(2, complaintId).getResultList();
            for (Object[] row : rows) {
                String before = text(row[1]);
                String after = text[1].equals("changes") ? maskJsonStrings(before, mask) : mask.apply(before);
                if (after.equals(before)) {
                    continue;
                }
                if (appendOnly && postgres) {
                    Object n = em.createNativeQuery("select rewrite_erased_case_text(?1, ?2, ?3)")
                            .setParameter(1, text[0] + "." + text[1]).setParameter(2, NativeValues.uuid(row[0]))
                            .setParameter(3, after).getSingleResult();
                    changed += ((Number) n).intValue();
                } else {
                    changed += em.createNativeQuery("update " + text[0] + " set " + text[1] + " = ?1 where tenant_id = ?2 and id = ?3")
                            .setParameter(1, after).setParameter(2, tenant).setParameter(3, NativeValues.uuid(row[0]))
                            .executeUpdate();
                }
            }
        }
        return changed;
    }

    /**
     * Forgets how a case whose consumer's identity is erased was found: its blind indexes (which the entity never
     * writes after the insert) and every duplicate-check entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetIndexes(String tenant, UUID complaintId) {
        em.createNativeQuery("update complaints set phone_key = null, email_key = null where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenant).setParameter(2, complaintId).executeUpdate();
        em.createNativeQuery("delete from duplicate_keys where tenant_id = ?1 and complaint_id = ?2")
                .setParameter(1, tenant).setParameter(2, complaintId).executeUpdate();
    }

    /** How many of the tenant's cases (identity not erased) are not sealed with the key: what a rotation has left. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long countNotSealedWith(String tenant, long keyId) {
        Object count = em.createNativeQuery("select count(*) from complaints where tenant_id = ?1 "
                        + "and anonymised_at is null and consumer_name not like ?2")
                .setParameter(1, tenant).setParameter(2, "pd1:" + keyId + ":%").getSingleResult();
        return ((Number) count).longValue();
    }

    private static final java.util.regex.Pattern JSON_STRING = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final java.util.regex.Pattern ID_OR_TIME = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z?");

    /**
     * A timeline entry's changes (JSON) with each string value masked, except ids and instants: a UUID's last group
     * can look like a phone number to the patterns, and must stay what it is.
     */
    static String maskJsonStrings(String json, UnaryOperator<String> mask) {
        return JSON_STRING.matcher(json).replaceAll(m -> {
            String value = m.group(1);
            String masked = ID_OR_TIME.matcher(value).matches() ? value : mask.apply(value);
            return java.util.regex.Matcher.quoteReplacement("\"" + masked + "\"");
        });
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("a text could not be read", e);
            }
        }
        return (String) value;
    }
}
