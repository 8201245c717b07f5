package com.complaints.core.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * The tenant the current thread works for. Bound per request by {@code TenantBindingFilter} and per job by
 * {@link #callAs}. Hibernate's {@code @TenantId} filter and the PostgreSQL session setting both read it when a
 * transaction starts, so bind the tenant before opening a transaction. The tenant is also in the logging context
 * ({@code tenant} of every structured log line written while it is bound).
 */
@Component
public class TenantContext {

    private final ThreadLocal<String> current = new ThreadLocal<>();

    public Optional<String> current() {
        return Optional.ofNullable(current.get());
    }

    public String require() {
        String tenant = current.get();
        if (tenant == null) {
            throw new IllegalStateException("no tenant bound to this thread");
        }
        return tenant;
    }

    /** The logging context's key for the bound tenant. */
    public static final String LOG_KEY = "tenant";

    public <T> T callAs(String tenant, Supplier<T> work) {
        String previous = current.get();
        set(tenant);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public void runAs(String tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** Binds the tenant to this thread until the returned scope is closed (request filters). */
    public Scope bind(String tenant) {
        String previous = current.get();
        set(tenant);
        return () -> restore(previous);
    }

    /** A binding to close when the work is done. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private void set(String tenant) {
        current.set(tenant);
        MDC.put(LOG_KEY, tenant);
    }

    private void restore(String previous) {
        if (previous == null) {
            current.remove();
            MDC.remove(LOG_KEY);
        } else {
            set(previous);
        }
    }
}
