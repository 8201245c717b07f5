package com.complaints.core.timeline;

import java.util.Objects;

/** One changed field, with its value before and after, as the timeline records it. */
public record FieldChange(String field, String before, String after) {

    public static FieldChange of(String field, Object before, Object after) {
        return new FieldChange(field, before == null ? null : before.toString(), after == null ? null : after.toString());
    }

    public boolean changed() {
        return !Objects.equals(before, after);
    }
}
