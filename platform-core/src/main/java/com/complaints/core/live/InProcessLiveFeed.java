package com.complaints.core.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The live feed of a single node: a change goes straight to this node's receivers. */
class InProcessLiveFeed implements LiveFeed {

    private final List<Consumer<LiveChange>> receivers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(LiveChange change) {
        receivers.forEach(r -> r.accept(change));
    }

    @Override
    public void subscribe(Consumer<LiveChange> receiver) {
        receivers.add(receiver);
    }
}
