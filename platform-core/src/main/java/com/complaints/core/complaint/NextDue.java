package com.complaints.core.complaint;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The clock of a case that falls due first, for the list's countdown: among the clocks not yet met, the one due
 * earliest, with its state as the list colours it.
 *
 * @param state {@code BREACHED}, {@code PAUSED}, {@code AT_RISK} (running, past its warning share) or {@code RUNNING}
 */
public record NextDue(String metric, Instant dueAt, String state) {

    static Optional<NextDue> of(List<ClockView> clocks, Instant now) {
        return clocks.stream()
                .filter(c -> c.metAt() == null && c.dueAt() != null)
                .filter(c -> "RUNNING".equals(c.state()) || "PAUSED".equals(c.state()) || "BREACHED".equals(c.state()))
                .min(Comparator.comparing(ClockView::dueAt))
                .map(c -> new NextDue(c.metric(), c.dueAt(), stateOf(c, now)));
    }

    private static String stateOf(ClockView c, Instant now) {
        if (!"RUNNING".equals(c.state())) {
            return c.state();
        }
        return c.warnAt() != null && !c.warnAt().isAfter(now) ? "AT_RISK" : "RUNNING";
    }
}
