package com.complaints.core.plugin;

import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The logger a plugin gets: the platform's logging (SLF4J via {@code System.Logger}) under {@code plugin.<type>},
 * every line prefixed with the tenant and instance it concerns.
 */
public final class InstanceLogger implements System.Logger {

    private final System.Logger delegate;
    private final String prefix;

    public InstanceLogger(String type, String tenant, String instance) {
        this.delegate = System.getLogger("plugin." + type);
        this.prefix = "tenant=" + tenant + " instance=" + instance + " ";
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public boolean isLoggable(Level level) {
        return delegate.isLoggable(level);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        delegate.log(level, bundle, prefix + msg, thrown);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        delegate.log(level, bundle, prefix + format, params);
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier, Throwable thrown) {
        delegate.log(level, () -> prefix + msgSupplier.get(), thrown);
    }
}
