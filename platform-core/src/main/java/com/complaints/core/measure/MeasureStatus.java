package com.complaints.core.measure;

import java.util.Map;
import java.util.Set;

/** Where a measure stands: OPEN → IN_PROGRESS → DONE → VERIFIED; a DONE measure that fails verification goes back. */
enum MeasureStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    VERIFIED;

    private static final Map<MeasureStatus, Set<MeasureStatus>> NEXT = Map.of(
            OPEN, Set.of(IN_PROGRESS, DONE),
            IN_PROGRESS, Set.of(DONE),
            DONE, Set.of(VERIFIED, IN_PROGRESS),
            VERIFIED, Set.of());

    boolean canMoveTo(MeasureStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Where it may go from here, in board order. */
    java.util.List<MeasureStatus> next() {
        return java.util.Arrays.stream(values()).filter(NEXT.get(this)::contains).toList();
    }

    boolean isFinished() {
        return this == DONE || this == VERIFIED;
    }
}
