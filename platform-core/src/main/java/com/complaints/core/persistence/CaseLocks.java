package com.complaints.core.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one lock order for everything that changes a case and its timers: the case row first (in id order when
 * there are several), then its clocks, timers and the rest. Staff actions take it when they load the case; the
 * timer firing takes it before it marks a timer fired. Without it, a deadline firing while an agent acts on the
 * same case locks the two rows in opposite orders and PostgreSQL aborts one of them as a deadlock.
 * (JPQL, so Hibernate's tenant filter applies.)
 */
@Component
public class CaseLocks {

    private final EntityManager em;

    CaseLocks(EntityManager em) {
        this.em = em;
    }

    /** Locks the cases for the rest of the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Collection<UUID> complaintIds) {
        if (complaintIds.isEmpty()) {
            return;
        }
        List<UUID> ordered = complaintIds.stream().distinct().sorted().toList();
        em.createQuery("select c from Complaint c where c.id in :ids order by c.id")
                .setParameter("ids", ordered)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }
}
