package com.complaints.plugins.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (tenant, channel instance and client address): {@code perMinute} requests per minute,
 * refilled continuously. Buckets of quiet clients are dropped when there are many.
 */
final class RateLimiter {

    private static final int MAX_BUCKETS = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes a token; empty when allowed, else how long to wait. */
    Optional<Duration> acquire(String key, int perMinute, Instant now) {
        if (buckets.size() > MAX_BUCKETS) {
            Instant cutoff = now.minus(Duration.ofMinutes(2));
            buckets.values().removeIf(b -> b.updated.isBefore(cutoff));
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        return bucket.take(perMinute, now);
    }

    private static final class Bucket {
        private double tokens;
        private Instant updated;

        Bucket(int capacity, Instant now) {
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized Optional<Duration> take(int perMinute, Instant now) {
            double perMilli = perMinute / 60_000.0;
            long elapsed = Math.max(0, Duration.between(updated, now).toMillis());
            tokens = Math.min(perMinute, tokens + elapsed * perMilli);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            long waitMillis = (long) Math.ceil((1 - tokens) / perMilli);
            return Optional.of(Duration.ofMillis(waitMillis));
        }
    }
}
