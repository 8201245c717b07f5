package com.complaints.core;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Beans the whole core shares. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CoreConfiguration {

    /**
     * UTC, ticking in microseconds: the precision PostgreSQL stores, so that an instant reads back as it was
     * written and responses agree with what a later read returns.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
