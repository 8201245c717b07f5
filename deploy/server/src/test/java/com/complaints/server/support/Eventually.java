package com.complaints.server.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something asynchronous (a poll, a delivery) to happen. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T until(Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> done, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what + "; last: " + last);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = probe.get();
        }
        return last;
    }
}
