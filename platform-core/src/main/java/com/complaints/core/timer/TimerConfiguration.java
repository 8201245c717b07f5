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
        org.slf4j.LoggerFactory.getLogger(TimerConfiguration.class).info("deadline timers: in-process index (single node;"
                + " set complaints.timers.redis.address / COMPLAINTS_REDIS_ADDRESS to share timers between nodes)");
        return new InProcessDeadlineTimers();
    }
}
