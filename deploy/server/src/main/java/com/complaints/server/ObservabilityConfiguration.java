package com.complaints.server;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What is observed: a JDBC statement only inside something already observed (a request, a plugin call), so that a
 * trace shows the SQL of what it traces, while the background pollers' statements (timers every 200 ms, the outbox
 * relays) make neither traces of their own nor per-statement meters.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    @Bean
    ObservationPredicate jdbcInsideObservedWorkOnly() {
        return (name, context) -> !name.startsWith("jdbc.") || context.getParentObservation() != null;
    }
}
