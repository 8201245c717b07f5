package com.complaints.core.timer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The embedded default: the index in this process's memory (one node). */
class InProcessDeadlineTimers implements DeadlineTimers {

    private record Entry(long dueMillis, String member) {
    }

    private final TreeSet<Entry> byDue = new TreeSet<>(Comparator.comparingLong(Entry::dueMillis).thenComparing(Entry::member));
    private final Map<String, Entry> byMember = new HashMap<>();

    @Override
    public synchronized void schedule(TimerKey key, Instant dueAt) {
        String member = key.encode();
        Entry old = byMember.remove(member);
        if (old != null) {
            byDue.remove(old);
        }
        Entry entry = new Entry(dueAt.toEpochMilli(), member);
        byDue.add(entry);
        byMember.put(member, entry);
    }

    @Override
    public synchronized List<TimerKey> claimDue(Instant now, int max) {
        List<TimerKey> claimed = new ArrayList<>();
        long limit = now.toEpochMilli();
        while (claimed.size() < max && !byDue.isEmpty() && byDue.first().dueMillis() <= limit) {
            Entry e = byDue.pollFirst();
            byMember.remove(e.member());
            claimed.add(TimerKey.decode(e.member()));
        }
        return claimed;
    }

    @Override
    public synchronized long size() {
        return byDue.size();
    }
}
