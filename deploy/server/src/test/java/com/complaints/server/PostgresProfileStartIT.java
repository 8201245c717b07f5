package com.complaints.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.core.timer.DeadlineTimers;
import com.complaints.server.support.ServerNodes;
import com.complaints.server.support.TestPostgres;

/**
 * The {@code postgres} profile as an operator starts it: a single node without Redis runs on the in-process timer
 * index, and a wrong Redis address stops the start with a message that names the setting.
 */
class PostgresProfileStartIT {

    private static final String KEY = "complaints:it:profile:" + ProcessHandle.current().pid();

    @Test
    void withoutRedisASingleNodeStartsOnTheInProcessIndex() {
        try (ServerNodes nodes = new ServerNodes(TestPostgres.database(), KEY)) {
            var node = nodes.start(Map.of("complaints.timers.redis.address", ""), context -> { });
            assertThat(node.getBean(DeadlineTimers.class).getClass().getSimpleName()).isEqualTo("InProcessDeadlineTimers");
        }
    }

    @Test
    void aWrongRedisAddressStopsTheStartWithAMessageNamingTheSetting() {
        try (ServerNodes nodes = new ServerNodes(TestPostgres.database(), KEY)) {
            assertThatThrownBy(() -> nodes.start(Map.of("complaints.timers.redis.address", "redis://127.0.0.1:1"), context -> { }))
                    .hasStackTraceContaining("complaints.timers.redis.address")
                    .hasStackTraceContaining("COMPLAINTS_REDIS_ADDRESS");
        }
    }
}
