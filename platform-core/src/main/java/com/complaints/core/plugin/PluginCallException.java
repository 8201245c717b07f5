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

    /** What an instance's health shows of the failure: a few words, never the plugin's exception text. */
    public String shortReason() {
        if (timedOut) {
            return "timed out";
        }
        return getCause() == null ? "failed" : "failed (" + getCause().getClass().getSimpleName() + ")";
    }
}
