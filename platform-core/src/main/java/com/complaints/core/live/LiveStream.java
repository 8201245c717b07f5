package com.complaints.core.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.complaints.core.complaint.VisibleCase;

import jakarta.annotation.PreDestroy;

/**
 * This node's open event streams, by tenant. A change from the feed goes to the streams of its tenant whose reader
 * may see the case (the same test as the API's, departments resolved when the stream opened), on one dispatching
 * thread so a committing request never waits for a slow screen; every stream gets a heartbeat comment so proxies
 * keep it open and dead ones are found.
 */
@Component
class LiveStream {

    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

    private final Map<String, Set<Subscriber>> byTenant = new ConcurrentHashMap<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("live-dispatch").daemon().factory());
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-heartbeat").daemon().factory());
    private final Duration timeout;

    LiveStream(LiveFeed feed, @Value("${complaints.live.heartbeat:PT15S}") Duration heartbeat,
               @Value("${complaints.live.timeout:PT30M}") Duration timeout) {
        this.timeout = timeout;
        feed.subscribe(this::deliver);
        heartbeats.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A new stream for a reader of {@code tenant}; it ends after the timeout (the client reconnects with Last-Event-ID). */
    Subscriber open(String tenant, String userId, Predicate<VisibleCase> canSee) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Subscriber subscriber = new Subscriber(UUID.randomUUID(), tenant, userId, canSee, emitter);
        Set<Subscriber> streams = byTenant.computeIfAbsent(tenant, t -> ConcurrentHashMap.newKeySet());
        streams.add(subscriber);
        Runnable remove = () -> streams.remove(subscriber);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return subscriber;
    }

    private void deliver(LiveChange change) {
        try {
            dispatcher.execute(() -> {
                for (Subscriber s : byTenant.getOrDefault(change.tenant(), Set.of())) {
                    if (s.canSee().test(change)) {
                        s.send(change);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("live stream shutting down; change not delivered tenant={} case={}", change.tenant(), change.caseNumber());
        }
    }

    private void beat() {
        byTenant.values().forEach(streams -> streams.forEach(Subscriber::heartbeat));
    }

    @PreDestroy
    void close() {
        heartbeats.shutdownNow();
        dispatcher.shutdownNow();
        byTenant.values().forEach(streams -> streams.forEach(s -> s.emitter().complete()));
    }

    /** One open stream: its tenant, its reader and what that reader may see. */
    record Subscriber(UUID id, String tenant, String userId, Predicate<VisibleCase> canSee, SseEmitter emitter) {

        void send(LiveChange change) {
            send(SseEmitter.event().id(Long.toString(change.id())).name("change")
                    .data(LiveChangeView.of(change), MediaType.APPLICATION_JSON));
        }

        void sendAll(List<LiveChange> changes) {
            changes.forEach(this::send);
        }

        void reset() {
            send(SseEmitter.event().name("reset").data("{}", MediaType.APPLICATION_JSON));
        }

        void heartbeat() {
            send(SseEmitter.event().comment("heartbeat"));
        }

        private void send(SseEmitter.SseEventBuilder event) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
            }
        }
    }
}
