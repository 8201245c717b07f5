package com.complaints.core.timer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process index unless an adapter (Redisson) provides one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimerProperties.class)
class TimerConfiguration {

    @Bean
    @ConditionalOnMissingBean(DeadlineTimers.class)
    DeadlineTimers inProcessDeadlineTimers() {
        return new InProcessDeadlineTimers();
    }
}
