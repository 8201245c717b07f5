package com.complaints.core.timer.redisson;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.redisson.api.RScoredSortedSet;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import com.complaints.core.timer.DeadlineTimers;
import com.complaints.core.timer.TimerKey;

/**
 * The index in Redis: one sorted set scored by due time (epoch milliseconds), member {@code tenant|timerId|version}.
 * Claiming is one Lua script (range by score, then remove), so two nodes never claim the same entry.
 * No {@code RDelayedQueue} (deprecated, loses messages) and no {@code RReliableQueue} (PRO only).
 */
class RedissonDeadlineTimers implements DeadlineTimers {

    static final String CLAIM = """
            local due = redis.call('zrangebyscore', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            if #due > 0 then
              redis.call('zrem', KEYS[1], unpack(due))
            end
            return due""";

    private final RedissonClient redisson;
    private final String key;
    private final RScoredSortedSet<String> index;

    public RedissonDeadlineTimers(RedissonClient redisson, String key) {
        this.redisson = redisson;
        this.key = key;
        this.index = redisson.getScoredSortedSet(key, StringCodec.INSTANCE);
    }

    @Override
    public void schedule(TimerKey timer, Instant dueAt) {
        index.add(dueAt.toEpochMilli(), timer.encode());
    }

    @Override
    public void scheduleAll(List<Scheduled> timers) {
        for (int from = 0; from < timers.size(); from += 1000) {
            Map<String, Double> chunk = new HashMap<>();
            for (Scheduled t : timers.subList(from, Math.min(from + 1000, timers.size()))) {
                chunk.put(t.key().encode(), (double) t.dueAt().toEpochMilli());
            }
            index.addAll(chunk);
        }
    }

    @Override
    public List<TimerKey> claimDue(Instant now, int max) {
        List<Object> due = redisson.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, CLAIM,
                RScript.ReturnType.LIST, List.of(key), String.valueOf(now.toEpochMilli()), String.valueOf(max));
        return due == null ? List.of() : due.stream().map(Object::toString).map(TimerKey::decode).toList();
    }

    @Override
    public long size() {
        return index.size();
    }

}
