package com.complaints.core.timer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The node's timer loop: claims due entries from the index every poll interval and fires them on a pool of
 * workers; runs the reconciler at start-up (everything pending) and periodically (due within the horizon).
 */
@Component
class TimerEngine implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimerEngine.class);
    /** Timers of one tenant fired in one transaction. */
    private static final int FIRING_BATCH = 50;

    private final DeadlineTimers index;
    private final TimerFiring firing;
    private final TimerReconciler reconciler;
    private final TimerProperties properties;
    private ScheduledExecutorService loop;
    private ExecutorService workers;
    private volatile boolean running;

    private final boolean backgroundWork;

    TimerEngine(DeadlineTimers index, TimerFiring firing, TimerReconciler reconciler, TimerProperties properties,
                @Value("${complaints.background-work:true}") boolean backgroundWork) {
        this.backgroundWork = backgroundWork;
        this.index = index;
        this.firing = firing;
        this.reconciler = reconciler;
        this.properties = properties;
    }

    /** Not on a run that only migrates the schema ({@code migrate} profile: complaints.background-work=false). */
    @Override
    public boolean isAutoStartup() {
        return backgroundWork;
    }

    @Override
    public synchronized void start() {
        loop = Executors.newScheduledThreadPool(2, Thread.ofPlatform().name("timer-loop-", 0).daemon().factory());
        workers = Executors.newFixedThreadPool(properties.workers(), Thread.ofPlatform().name("timer-fire-", 0).daemon().factory());
        running = true;
        loop.execute(() -> safely("start-up reconcile", () -> reconciler.reconcile(Instant.MAX)));
        loop.scheduleWithFixedDelay(() -> safely("poll", this::poll), properties.pollInterval().toMillis(),
                properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        loop.scheduleWithFixedDelay(() -> safely("reconcile", () -> reconciler.reconcile(
                        reconciler.now().plus(properties.reconcileHorizon()))),
                properties.reconcileInterval().toMillis(), properties.reconcileInterval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("deadline timers started index={} workers={}", index.getClass().getSimpleName(), properties.workers());
    }

    /** Claims and fires until nothing more is due. */
    void poll() throws Exception {
        while (running) {
            List<TimerKey> due = index.claimDue(reconciler.now(), properties.batchSize());
            if (due.isEmpty()) {
                return;
            }
            List<Future<Integer>> fired = new ArrayList<>();
            due.stream().collect(Collectors.groupingBy(TimerKey::tenant)).forEach((tenant, keys) -> {
                for (int from = 0; from < keys.size(); from += FIRING_BATCH) {
                    List<TimerKey> batch = keys.subList(from, Math.min(keys.size(), from + FIRING_BATCH));
                    fired.add(workers.submit(() -> firing.fireAll(tenant, batch)));
                }
            });
            for (Future<Integer> f : fired) {
                f.get();
            }
        }
    }

    private void safely(String what, ThrowingRunnable work) {
        try {
            work.run();
        } catch (Exception e) {
            if (running) {
                log.warn("deadline timer {} failed: {}", what, e.toString());
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (loop != null) {
            loop.shutdownNow();
            workers.shutdown();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
