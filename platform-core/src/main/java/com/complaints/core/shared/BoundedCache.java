package com.complaints.core.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Values derived from data at some cost (a text analysed, a case's words), kept per node up to a number of entries,
 * the least recently used going first. Unlike {@link ShortLivedCache} nothing expires by time: the caller says
 * whether a kept value still holds.
 */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    public BoundedCache(int maxEntries) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        });
    }

    /** The value kept for the key if {@code stillValid} says it holds, else the loader's (then kept). */
    public V get(K key, Predicate<V> stillValid, Supplier<V> loader) {
        V kept = entries.get(key);
        if (kept != null && stillValid.test(kept)) {
            return kept;
        }
        V fresh = loader.get();
        entries.put(key, fresh);
        return fresh;
    }
}
