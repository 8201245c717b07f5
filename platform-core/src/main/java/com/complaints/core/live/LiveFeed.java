package com.complaints.core.live;

import java.util.function.Consumer;

/**
 * Carries committed case changes to every node's live stream (a port): in-process for a single node, Redis
 * publish/subscribe when the nodes share a Redis.
 */
public interface LiveFeed {

    /** Sends a change to every node, this one included. */
    void publish(LiveChange change);

    /** Where this node's changes arrive, from any node; set once at start-up. */
    void subscribe(Consumer<LiveChange> receiver);
}
