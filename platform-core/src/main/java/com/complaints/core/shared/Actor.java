package com.complaints.core.shared;

import java.util.Objects;

/**
 * Who did something to a case: a staff member (by user id), the consumer (through a channel or the consumer's
 * pages), a channel acting on its own (a polled mailbox, a CTI system), or the platform itself (timers, routing).
 * The timeline, records and logs show it as {@link #recorded()}.
 */
public record Actor(Kind kind, String id) {

    public enum Kind { STAFF, CONSUMER, CHANNEL, SYSTEM }

    private static final Actor CONSUMER = new Actor(Kind.CONSUMER, null);
    private static final Actor SYSTEM = new Actor(Kind.SYSTEM, null);

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.STAFF || kind == Kind.CHANNEL) && (id == null || id.isBlank())) {
            throw new IllegalArgumentException(kind + " actor needs an id");
        }
    }

    public static Actor staff(String userId) {
        return new Actor(Kind.STAFF, userId);
    }

    public static Actor consumer() {
        return CONSUMER;
    }

    public static Actor channel(String channelType) {
        return new Actor(Kind.CHANNEL, channelType);
    }

    public static Actor system() {
        return SYSTEM;
    }

    /** The actor as the records store it: the user id of staff, {@code consumer}, {@code channel:<type>}, {@code system}. */
    public String recorded() {
        return switch (kind) {
            case STAFF -> id;
            case CONSUMER -> "consumer";
            case CHANNEL -> "channel:" + id;
            case SYSTEM -> "system";
        };
    }

    @Override
    public String toString() {
        return recorded();
    }
}
