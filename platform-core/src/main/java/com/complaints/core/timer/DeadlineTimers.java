package com.complaints.core.timer;

import java.time.Instant;
import java.util.List;

/**
 * The index of pending deadline timers that all nodes share (the port). PostgreSQL's {@code deadline_timers} table
 * is the source of truth; the index only says which timers to look at when, so it may lose entries (the reconciler
 * puts them back) or hold stale ones (their version no longer matches, and they fire nothing).
 */
public interface DeadlineTimers {

    /** Adds the timer; adding an entry that is already there changes nothing but its due time. */
    void schedule(TimerKey key, Instant dueAt);

    /** Adds many timers at once. */
    default void scheduleAll(List<Scheduled> timers) {
        timers.forEach(t -> schedule(t.key(), t.dueAt()));
    }

    /**
     * Atomically removes and returns up to {@code max} entries due at or before {@code now}, earliest first. Two
     * nodes claiming at once never get the same entry.
     */
    List<TimerKey> claimDue(Instant now, int max);

    /** How many entries the index holds. */
    long size();

    record Scheduled(TimerKey key, Instant dueAt) {
    }
}
