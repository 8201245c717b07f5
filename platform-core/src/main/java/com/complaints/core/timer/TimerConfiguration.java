package com.complaints.core.timer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process index (embedded default) unless Redis is configured for the Redisson adapter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimerProperties.class)
class TimerConfiguration {

    @Bean
    @ConditionalOnExpression("'${complaints.timers.redis.address:}'.isBlank()")
    DeadlineTimers inProcessDeadlineTimers() {
        return new InProcessDeadlineTimers();
    }
}
