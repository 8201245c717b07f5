package com.complaints.core.timer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadline-timer machinery.
 *
 * @param pollInterval      how often each node claims due timers
 * @param batchSize         how many it claims at once
 * @param workers           threads that fire claimed timers
 * @param reconcileInterval how often each node puts timers due soon back into the index
 * @param reconcileHorizon  how far ahead it looks (at start-up it restores every pending timer)
 * @param retryDelay        how long a timer whose effect failed waits before the next try
 * @param redisKey          the Redis sorted set of the index (Redisson adapter)
 */
@ConfigurationProperties("complaints.timers")
public record TimerProperties(Duration pollInterval, int batchSize, int workers, Duration reconcileInterval,
                              Duration reconcileHorizon, Duration retryDelay, String redisKey) {

    public TimerProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        batchSize = batchSize <= 0 ? 500 : batchSize;
        workers = workers <= 0 ? 4 : workers;
        reconcileInterval = reconcileInterval == null ? Duration.ofSeconds(60) : reconcileInterval;
        reconcileHorizon = reconcileHorizon == null ? Duration.ofMinutes(10) : reconcileHorizon;
        retryDelay = retryDelay == null ? Duration.ofSeconds(30) : retryDelay;
        redisKey = redisKey == null || redisKey.isBlank() ? "complaints:deadline-timers" : redisKey;
    }
}
