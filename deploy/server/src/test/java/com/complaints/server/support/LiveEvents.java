package com.complaints.server.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A test's reader of {@code GET /api/v1/events}: the stream's events as they arrive, parsed. */
public final class LiveEvents implements AutoCloseable {

    /** One event: its id, name and JSON data. */
    public record Event(String id, String name, JsonNode data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final HttpClient http = HttpClient.newHttpClient();

    public LiveEvents(int port, String token, String lastEventId, JsonMapper json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> Thread.ofVirtual().start(() -> read(r.body(), json)));
    }

    /** The stream's status code, once its headers arrived. */
    public int status() throws Exception {
        return response.get(10, TimeUnit.SECONDS).statusCode();
    }

    private void read(Stream<String> lines, JsonMapper json) {
        try {
            parse(lines, json);
        } catch (java.io.UncheckedIOException closed) {
            // the test closed the stream
        }
    }

    private void parse(Stream<String> lines, JsonMapper json) {
        String id = null;
        String name = null;
        List<String> data = new ArrayList<>();
        for (var iterator = lines.iterator(); iterator.hasNext(); ) {
            String line = iterator.next();
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    events.add(new Event(id, name, json.readTree(String.join("\n", data))));
                }
                name = null;
                data.clear();
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.add(line.substring(5).strip());
            }
        }
    }

    /** The next event that matches, waiting at most {@code timeout}; fails the test when none comes. */
    public Event next(Predicate<Event> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Event e = events.poll(left, TimeUnit.NANOSECONDS);
            if (e != null && wanted.test(e)) {
                return e;
            }
        }
        throw new AssertionError("no matching live event within " + timeout);
    }

    /** Every event received so far, taken out of the queue. */
    public List<Event> drain() {
        List<Event> all = new ArrayList<>();
        events.drainTo(all);
        return all;
    }

    @Override
    public void close() {
        response.cancel(true);
        http.shutdownNow();
    }
}
