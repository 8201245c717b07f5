package com.complaints.core.timer;

import java.util.UUID;

/**
 * A pending timer as the index holds it: which tenant, which timer row, which version of it. An entry whose
 * version is no longer the row's is stale and fires nothing.
 */
public record TimerKey(String tenant, UUID timerId, long version) {

    public String encode() {
        return tenant + "|" + timerId + "|" + version;
    }

    public static TimerKey decode(String value) {
        String[] parts = value.split("\\|");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a timer key: " + value);
        }
        return new TimerKey(parts[0], UUID.fromString(parts[1]), Long.parseLong(parts[2]));
    }
}
