package com.complaints.core.live;

import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/**
 * The live feed: over the shared Redis when the nodes have one (the same client as the deadline timers,
 * {@code complaints.timers.redis.address}), else in-process.
 */
@Configuration(proxyBeanMethods = false)
class LiveFeedConfiguration {

    @Bean
    LiveFeed liveFeed(ObjectProvider<RedissonClient> redisson, JsonMapper json,
                      @Value("${complaints.live.redis-topic:complaints:live}") String topic) {
        RedissonClient client = redisson.getIfAvailable();
        return client == null ? new InProcessLiveFeed() : new RedisLiveFeed(client, topic, json);
    }
}
