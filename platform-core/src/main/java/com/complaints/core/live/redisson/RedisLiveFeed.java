package com.complaints.core.live.redisson;

import java.util.function.Consumer;

import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.live.LiveChange;
import com.complaints.core.live.LiveFeed;

/**
 * The live feed of several nodes: each change is published as JSON on one Redis topic that every node listens to
 * (its own publications included), so a screen connected to any node sees changes made on any other.
 */
class RedisLiveFeed implements LiveFeed {

    private static final Logger log = LoggerFactory.getLogger(RedisLiveFeed.class);

    private final RTopic topic;
    private final JsonMapper json;

    RedisLiveFeed(RedissonClient redisson, String topicName, JsonMapper json) {
        this.topic = redisson.getTopic(topicName, StringCodec.INSTANCE);
        this.json = json;
    }

    @Override
    public void publish(LiveChange change) {
        try {
            topic.publish(json.writeValueAsString(change));
        } catch (RuntimeException e) {
            // a screen misses a live update and catches up on its next refresh; the change itself is committed
            log.warn("live change not published tenant={} case={}: {}", change.tenant(), change.caseNumber(),
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void subscribe(Consumer<LiveChange> receiver) {
        topic.addListener(String.class, (channel, message) -> {
            try {
                receiver.accept(json.readValue(message, LiveChange.class));
            } catch (RuntimeException e) {
                log.warn("live change not understood: {}", e.getClass().getSimpleName());
            }
        });
    }
}
