package com.complaints.core.shared;

/**
 * The order of the listeners that run inside the transaction of a change (everything else reacts after commit).
 * Lower runs first.
 */
public final class ListenerOrder {

    /** The timeline entry of the event: first, so that every later listener sees it. */
    public static final int TIMELINE = 0;
    /** The search outbox, fed by the timeline entry. */
    public static final int SEARCH_OUTBOX = 10;
    /** SLA clock bookkeeping: clocks started, met, paused, resumed, cancelled, and their timers. */
    public static final int SLA_CLOCKS = 20;

    private ListenerOrder() {
    }
}
