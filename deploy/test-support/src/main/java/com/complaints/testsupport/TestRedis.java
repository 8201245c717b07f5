package com.complaints.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.testcontainers.containers.GenericContainer;

/**
 * The Redis of the integration tests: {@code COMPLAINTS_TEST_REDIS_URL} (default {@code redis://127.0.0.1:6379}),
 * else Testcontainers where a Docker engine runs, else a failure that says how to provide one.
 */
public final class TestRedis {

    private TestRedis() {
    }

    public static String url() {
        return Holder.URL;
    }

    private static final class Holder {
        private static final String URL = locate();
    }

    private static String locate() {
        String configured = System.getenv().getOrDefault("COMPLAINTS_TEST_REDIS_URL", "redis://127.0.0.1:6379");
        URI uri = URI.create(configured);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2000);
            return configured;
        } catch (IOException unreachable) {
            if (Docker.available()) {
                GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
                redis.start();
                return "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
            }
            throw new IllegalStateException("Redis is not reachable at " + configured + ".\n"
                    + "The integration tests need a real Redis. Run the README's test command (deploy/test.sh), "
                    + "start it with deploy/local/services.sh start, set COMPLAINTS_TEST_REDIS_URL, or run where "
                    + "a Docker engine lets Testcontainers start one.");
        }
    }
}
