package com.complaints.core.timer.redisson;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

import com.complaints.core.timer.DeadlineTimers;
import com.complaints.core.timer.DeadlineTimersContractAccess;

/** The timer-index contract against a real Redis (the shared test support finds it). */
class RedissonDeadlineTimersIT extends DeadlineTimersContractAccess {

    private static RedissonClient redisson;

    @BeforeAll
    static void connect() {
        redisson = client();
    }

    @AfterAll
    static void disconnect() {
        redisson.shutdown();
    }

    @Override
    protected DeadlineTimers index() {
        return new RedissonDeadlineTimers(redisson, "it:deadline-timers:" + UUID.randomUUID());
    }

    /** A client of the test Redis ({@link com.complaints.testsupport.TestRedis}: local, Testcontainers, or a failure). */
    private static RedissonClient client() {
        Config config = new Config();
        config.useSingleServer().setAddress(com.complaints.testsupport.TestRedis.url()).setConnectTimeout(2000);
        return Redisson.create(config);
    }
}
