package com.complaints.core.live.redisson;

import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.complaints.core.live.LiveFeed;
import com.complaints.core.live.Presence;

import tools.jackson.databind.json.JsonMapper;

/**
 * The live feed over Redis publish/subscribe when the nodes share a Redis ({@code complaints.timers.redis.address},
 * the client of the deadline timers): a change made on any node reaches the screens connected to every node, and
 * every node knows who views a case.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${complaints.timers.redis.address:}'.isBlank()")
class RedissonLiveFeedConfiguration {

    @Bean
    LiveFeed redisLiveFeed(RedissonClient redisson, JsonMapper json,
                           @Value("${complaints.live.redis-topic:complaints:live}") String topic) {
        return new RedisLiveFeed(redisson, topic, json);
    }

    @Bean
    Presence redisPresence(RedissonClient redisson,
                           @Value("${complaints.live.redis-presence-prefix:complaints:presence:}") String prefix) {
        return new RedisPresence(redisson, prefix);
    }
}
