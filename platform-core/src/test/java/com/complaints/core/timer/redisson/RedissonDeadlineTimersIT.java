package com.complaints.core.timer.redisson;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

import com.complaints.core.timer.DeadlineTimers;
import com.complaints.core.timer.DeadlineTimersContractAccess;

/** The timer-index contract against a real Redis ({@code COMPLAINTS_TEST_REDIS_URL}, default redis://127.0.0.1:6379). */
class RedissonDeadlineTimersIT extends DeadlineTimersContractAccess {

    private static RedissonClient redisson;

    @BeforeAll
    static void connect() {
        redisson = TestRedis.client();
    }

    @AfterAll
    static void disconnect() {
        redisson.shutdown();
    }

    @Override
    protected DeadlineTimers index() {
        return new RedissonDeadlineTimers(redisson, "it:deadline-timers:" + UUID.randomUUID());
    }

    /** Connects to the test Redis or fails with instructions. */
    static final class TestRedis {

        private TestRedis() {
        }

        static RedissonClient client() {
            String url = System.getenv().getOrDefault("COMPLAINTS_TEST_REDIS_URL", "redis://127.0.0.1:6379");
            Config config = new Config();
            config.useSingleServer().setAddress(url).setConnectTimeout(2000).setRetryAttempts(1);
            try {
                RedissonClient client = Redisson.create(config);
                client.getKeys().count();
                return client;
            } catch (RuntimeException e) {
                throw new IllegalStateException("Redis is not reachable at " + url + " (" + e.getMessage() + ").\n"
                        + "The integration tests need a real Redis: run the README's test command (deploy/test.sh), "
                        + "or start it with deploy/local/services.sh start, or set COMPLAINTS_TEST_REDIS_URL.", e);
            }
        }
    }
}
