package com.complaints.core.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live feed and presence of a single node (no shared Redis configured); with one, {@code live.redisson} provides them. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${complaints.timers.redis.address:}'.isBlank()")
class LiveFeedConfiguration {

    @Bean
    LiveFeed inProcessLiveFeed() {
        return new InProcessLiveFeed();
    }

    @Bean
    Presence inProcessPresence(java.time.Clock clock) {
        return new InProcessPresence(clock);
    }
}
