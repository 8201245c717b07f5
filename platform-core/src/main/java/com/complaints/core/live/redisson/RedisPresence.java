package com.complaints.core.live.redisson;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.redisson.api.RMapCache;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import com.complaints.core.live.Presence;

/** Presence shared by the nodes: per case a Redis map of viewers whose entries expire after the presence TTL. */
class RedisPresence implements Presence {

    private final RedissonClient redisson;
    private final String prefix;

    RedisPresence(RedissonClient redisson, String prefix) {
        this.redisson = redisson;
        this.prefix = prefix;
    }

    @Override
    public Set<String> viewing(String tenant, UUID complaintId, String userId) {
        RMapCache<String, String> viewers = map(tenant, complaintId);
        viewers.fastPut(userId, "1", TTL_SECONDS, TimeUnit.SECONDS);
        viewers.expire(java.time.Duration.ofSeconds(TTL_SECONDS * 2));
        return viewers.readAllKeySet().stream().collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void left(String tenant, UUID complaintId, String userId) {
        map(tenant, complaintId).fastRemove(userId);
    }

    private RMapCache<String, String> map(String tenant, UUID complaintId) {
        return redisson.getMapCache(prefix + tenant + ":" + complaintId, StringCodec.INSTANCE);
    }
}
