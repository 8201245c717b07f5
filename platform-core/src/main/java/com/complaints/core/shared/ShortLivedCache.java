package com.complaints.core.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read per request that rarely change (a tenant, a setting), kept for a short time per node: a change made on
 * this node drops its entry at once ({@link #invalidate}), one made on another node shows within the time to live.
 */
public final class ShortLivedCache<K, V> {

    private final long ttlNanos;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    private record Entry<V>(V value, long expires) {
    }

    public ShortLivedCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The value kept for the key, or the loader's (a {@code null} from the loader is not kept). */
    public V get(K key, Function<K, V> loader) {
        Entry<V> entry = entries.get(key);
        long now = System.nanoTime();
        if (entry != null && now - entry.expires() < 0) {
            return entry.value();
        }
        V value = loader.apply(key);
        if (value == null) {
            entries.remove(key);
        } else {
            entries.put(key, new Entry<>(value, now + ttlNanos));
        }
        return value;
    }

    public void invalidate(K key) {
        entries.remove(key);
    }
}
