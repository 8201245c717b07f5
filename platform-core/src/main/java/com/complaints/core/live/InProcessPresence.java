package com.complaints.core.live;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Presence on a single node: last-seen times in memory, by tenant and case; old entries are dropped as they are read. */
class InProcessPresence implements Presence {

    private final Map<String, Map<String, Instant>> byCase = new ConcurrentHashMap<>();
    private final Clock clock;

    InProcessPresence(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Set<String> viewing(String tenant, UUID complaintId, String userId) {
        Instant now = clock.instant();
        Map<String, Instant> viewers = byCase.computeIfAbsent(key(tenant, complaintId), k -> new ConcurrentHashMap<>());
        viewers.put(userId, now);
        viewers.values().removeIf(seen -> seen.isBefore(now.minusSeconds(TTL_SECONDS)));
        return viewers.keySet().stream().collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void left(String tenant, UUID complaintId, String userId) {
        byCase.computeIfPresent(key(tenant, complaintId), (k, viewers) -> {
            viewers.remove(userId);
            return viewers.isEmpty() ? null : viewers;
        });
    }

    private static String key(String tenant, UUID complaintId) {
        return tenant + "/" + complaintId;
    }
}
