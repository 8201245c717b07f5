package com.complaints.core.timer.redisson;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.complaints.core.timer.DeadlineTimers;
import com.complaints.core.timer.TimerProperties;

/** The Redis index of deadline timers, when {@code complaints.timers.redis.address} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "complaints.timers.redis.address")
class RedissonTimerConfiguration {

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnMissingBean(RedissonClient.class)
    RedissonClient redissonClient(@Value("${complaints.timers.redis.address}") String address,
                                  @Value("${complaints.timers.redis.password:}") String password) {
        Config config = new Config();
        var server = config.useSingleServer().setAddress(address).setConnectionMinimumIdleSize(2).setConnectionPoolSize(16);
        if (!password.isBlank()) {
            server.setPassword(password);
        }
        return Redisson.create(config);
    }

    @Bean
    DeadlineTimers redissonDeadlineTimers(RedissonClient redisson, TimerProperties properties) {
        return new RedissonDeadlineTimers(redisson, properties.redisKey());
    }
}
