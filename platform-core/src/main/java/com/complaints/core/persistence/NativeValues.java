package com.complaints.core.persistence;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Column values of native queries as Java types: drivers differ (H2 returns UUIDs as bytes, timestamps variously). */
final class NativeValues {

    private NativeValues() {
    }

    static UUID uuid(Object value) {
        return switch (value) {
            case UUID u -> u;
            case byte[] b when b.length == 16 -> {
                ByteBuffer buffer = ByteBuffer.wrap(b);
                yield new UUID(buffer.getLong(), buffer.getLong());
            }
            case String s -> UUID.fromString(s);
            default -> throw new IllegalStateException("unexpected UUID value of type " + value.getClass());
        };
    }

    static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
