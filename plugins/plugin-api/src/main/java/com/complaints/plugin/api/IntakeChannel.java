package com.complaints.plugin.api;

import java.time.Duration;
import java.util.Optional;

import org.pf4j.ExtensionPoint;

/**
 * An intake channel: turns what a source delivers into complaint drafts.
 *
 * <ul>
 *   <li>A <b>push</b> channel answers HTTP requests the host receives on {@code /channels/{tenant}/{channelId}/...}
 *       ({@link #handle}). It authenticates its caller itself (a signature or token from its settings), unless it
 *       {@linkplain #requiresStaff() requires staff}, in which case the host authenticates the staff member.</li>
 *   <li>A <b>pull</b> channel is polled by the host every {@link #pollInterval} ({@link #poll}); it keeps its
 *       position with {@link ChannelContext#saveCursor}.</li>
 * </ul>
 *
 * <p>One extension serves every tenant: all state that belongs to a tenant comes from the context. The host calls
 * it with a timeout, isolates its failures from other channels and tenants, and counts received and failed calls.
 */
public interface IntakeChannel extends ExtensionPoint {

    /** The channel type's key, e.g. {@code email}; it becomes the channel of the cases (see {@link ChannelKeys}). */
    String type();

    /** A short human-readable name, e.g. "E-mail (IMAP)". */
    String displayName();

    /** The schema of the per-tenant settings. */
    default ConfigSchema configSchema() {
        return ConfigSchema.NONE;
    }

    /** Whether requests must come from signed-in staff of the tenant (e.g. a reception desk). */
    default boolean requiresStaff() {
        return false;
    }

    /** Answers a request to a push channel. The default answers 404: the channel has no HTTP endpoint. */
    default ChannelResponse handle(ChannelRequest request, ChannelContext context) throws Exception {
        return ChannelResponse.problem(404, "not-found", "this channel has no endpoint here");
    }

    /** How often to poll with these settings; empty for a push channel. */
    default Optional<Duration> pollInterval(PluginSettings settings) {
        return Optional.empty();
    }

    /** Fetches what is new since the saved cursor, submits it, then acknowledges it at the source. */
    default void poll(ChannelContext context) throws Exception {
    }

    /** Tests the settings, e.g. by logging in to the source, without taking anything in. */
    default TestResult test(ChannelContext context) throws Exception {
        return TestResult.ok("nothing to test");
    }
}
