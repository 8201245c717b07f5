package com.complaints.core.timer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.complaints.core.tenancy.TenantContext;

/**
 * Schedules, reschedules and cancels deadline timers. The row is written in the caller's transaction; the index
 * entry is added after that transaction commits (and would be restored by the reconciler if that failed).
 */
@Service
public class Timers {

    private final DeadlineTimerRepository timers;
    private final DeadlineTimers index;
    private final TenantContext tenantContext;
    private final Clock clock;

    Timers(DeadlineTimerRepository timers, DeadlineTimers index, TenantContext tenantContext, Clock clock) {
        this.timers = timers;
        this.index = index;
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    /** A new timer; returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID schedule(String purpose, String kind, UUID subjectId, UUID complaintId, Instant dueAt) {
        DeadlineTimer timer = timers.save(new DeadlineTimer(purpose, kind, subjectId, complaintId, dueAt, clock.instant()));
        afterCommit(List.of(new DeadlineTimers.Scheduled(timer.key(tenantContext.require()), dueAt)));
        return timer.id();
    }

    /** Many new timers at once (bulk scheduling). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> scheduleAll(List<NewTimer> requests) {
        Instant now = clock.instant();
        List<DeadlineTimer> created = timers.saveAll(requests.stream()
                .map(r -> new DeadlineTimer(r.purpose(), r.kind(), r.subjectId(), r.complaintId(), r.dueAt(), now)).toList());
        String tenant = tenantContext.require();
        afterCommit(created.stream().map(t -> new DeadlineTimers.Scheduled(t.key(tenant), t.dueAt())).toList());
        return created.stream().map(DeadlineTimer::id).toList();
    }

    /** Moves a timer to a new due time (a new version: entries of the old one fire nothing). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reschedule(UUID timerId, Instant dueAt) {
        timers.findById(timerId).ifPresent(t -> {
            t.reschedule(dueAt);
            afterCommit(List.of(new DeadlineTimers.Scheduled(t.key(tenantContext.require()), dueAt)));
        });
    }

    /** When a pending timer is due; null if it fired or was cancelled. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Instant dueAt(UUID timerId) {
        return timers.findById(timerId).filter(DeadlineTimer::isPending).map(DeadlineTimer::dueAt).orElse(null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(UUID timerId) {
        timers.findById(timerId).ifPresent(DeadlineTimer::cancel);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelAllOf(UUID subjectId) {
        timers.findBySubjectId(subjectId).forEach(DeadlineTimer::cancel);
    }

    private void afterCommit(List<DeadlineTimers.Scheduled> entries) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            index.scheduleAll(entries);
            return;
        }
        List<DeadlineTimers.Scheduled> copy = new ArrayList<>(entries);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                index.scheduleAll(copy);
            }
        });
    }

    public record NewTimer(String purpose, String kind, UUID subjectId, UUID complaintId, Instant dueAt) {
    }
}
