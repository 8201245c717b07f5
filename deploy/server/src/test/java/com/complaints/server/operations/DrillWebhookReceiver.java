package com.complaints.server.operations;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The receiving end of the drill tenant's webhook notifier, the way a careful receiver behaves: it keys what it got
 * by {@code X-Complaints-Delivery} (the same on every retry) and counts repeats. One delivery in ten is refused for
 * good (422: the platform must dead-letter it), one in ten fails once (503, then accepted on the retry), the rest are
 * accepted at once.
 */
final class DrillWebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final AtomicInteger repeatsAfterAcceptance = new AtomicInteger();

    DrillWebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/hook", this::receive);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("X-Complaints-Delivery");
            if (id == null) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            int attempt = received.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            int kind = Math.floorMod(id.hashCode(), 10);
            if (kind == 0) {
                refused.add(id);
                exchange.sendResponseHeaders(422, -1);
            } else if (kind == 1 && attempt == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(503, -1);
            } else {
                if (!accepted.add(id)) {
                    repeatsAfterAcceptance.incrementAndGet();
                }
                exchange.sendResponseHeaders(200, -1);
            }
        }
    }

    /** Deliveries answered 2xx at least once. */
    Set<String> accepted() {
        return Set.copyOf(accepted);
    }

    /** Deliveries refused for good. */
    Set<String> refused() {
        return Set.copyOf(refused);
    }

    int requests() {
        return received.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Deliveries posted again after the receiver had accepted them (at-least-once; the receiver drops them by id). */
    int repeatsAfterAcceptance() {
        return repeatsAfterAcceptance.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
