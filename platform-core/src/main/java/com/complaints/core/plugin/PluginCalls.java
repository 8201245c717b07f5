package com.complaints.core.plugin;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs plugin code on its own (virtual) thread, with the plugin's class loader as context class loader and a
 * timeout: a plugin that throws or hangs fails its own call and nothing else. A timed-out call is interrupted. Each
 * call is observed ({@code complaints.plugin.call}: a span of the caller's trace, named by what was called).
 */
@Component
public class PluginCalls implements DisposableBean {

    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("plugin-call-", 0).factory());
    private final ObservationRegistry observations;

    PluginCalls(ObjectProvider<ObservationRegistry> observations) {
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    /**
     * Calls plugin code.
     *
     * @param what    what is called, for messages (e.g. "channel web-main handle")
     * @param loader  the plugin's class loader
     * @param timeout how long it may take
     * @throws PluginCallException when the plugin throws or does not answer in time
     */
    public <T> T call(String what, ClassLoader loader, Duration timeout, Callable<T> work) {
        return Observation.createNotStarted("complaints.plugin.call", observations)
                .highCardinalityKeyValue("plugin.call", what)
                .observe(() -> callObserved(what, loader, timeout, work));
    }

    private <T> T callObserved(String what, ClassLoader loader, Duration timeout, Callable<T> work) {
        Future<T> future = executor.submit(() -> {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return work.call();
            } finally {
                thread.setContextClassLoader(previous);
            }
        });
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new PluginCallException(what + " did not answer within " + timeout.toMillis() + " ms", e, true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r && !(cause instanceof PluginCallException) && isHostException(r)) {
                throw r;
            }
            throw new PluginCallException(what + " failed: " + cause, cause, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new PluginCallException(what + " was interrupted", e, false);
        }
    }

    /** Runs work on the plugin executor without waiting (polls and deliveries bring their own timeouts). */
    public void submit(Runnable work) {
        executor.execute(work);
    }

    /** Exceptions the host itself raised inside the call (validation of a draft) pass through unchanged. */
    private static boolean isHostException(RuntimeException e) {
        return e.getClass().getName().startsWith("com.complaints.core.")
                || e instanceof com.complaints.plugin.api.DraftRejectedException;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
