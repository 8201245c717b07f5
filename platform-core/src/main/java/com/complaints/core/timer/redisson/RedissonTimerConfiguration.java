package com.complaints.core.timer.redisson;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.complaints.core.timer.DeadlineTimers;
import com.complaints.core.timer.TimerProperties;

/**
 * The Redis index of deadline timers, when {@code complaints.timers.redis.address} is set to something other than
 * blank. A wrong or unreachable address stops the start with a message that names the setting.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${complaints.timers.redis.address:}'.isBlank()")
class RedissonTimerConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RedissonTimerConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnMissingBean(RedissonClient.class)
    RedissonClient redissonClient(@Value("${complaints.timers.redis.address}") String address,
                                  @Value("${complaints.timers.redis.password:}") String password) {
        String where = address.strip();
        try {
            Config config = new Config();
            var server = config.useSingleServer().setAddress(where).setConnectionMinimumIdleSize(2).setConnectionPoolSize(16)
                    .setConnectTimeout(5_000).setRetryAttempts(2);
            if (!password.isBlank()) {
                server.setPassword(password);
            }
            RedissonClient client = Redisson.create(config);
            log.info("deadline timers: shared Redis index at {}", where.replaceAll("//[^@/]*@", "//***@"));
            return client;
        } catch (RuntimeException e) {
            throw new IllegalStateException("Redis for the deadline timers is not reachable at complaints.timers.redis.address"
                    + " (COMPLAINTS_REDIS_ADDRESS) = '" + where.replaceAll("//[^@/]*@", "//***@")
                    + "': expected redis://host:port of a running Redis, or leave it empty for the in-process index"
                    + " of a single node (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    @Bean
    DeadlineTimers redissonDeadlineTimers(RedissonClient redisson, TimerProperties properties) {
        return new RedissonDeadlineTimers(redisson, properties.redisKey());
    }
}
