package com.complaints.core.plugin;

/** A call into a plugin failed or took too long; the message names the plugin and what was called. */
public class PluginCallException extends RuntimeException {

    private final boolean timedOut;

    PluginCallException(String message, Throwable cause, boolean timedOut) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
