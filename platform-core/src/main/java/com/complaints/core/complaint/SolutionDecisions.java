package com.complaints.core.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.complaints.core.shared.Actor;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.timeline.FieldChange;

/** The consumer's answer to a proposed solution, given on the consumer's page or told to an agent. */
@Component
class SolutionDecisions {

    private final SolutionRepository solutions;
    private final CaseRecorder recorder;
    private final Clock clock;

    SolutionDecisions(SolutionRepository solutions, CaseRecorder recorder, Clock clock) {
        this.solutions = solutions;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** {@code c} is locked by the caller. */
    void decide(Complaint c, UUID solutionId, boolean accept, String reason, Actor actor) {
        Solution solution = solutions.findByIdAndComplaintId(solutionId, c.id())
                .orElseThrow(() -> new NotFoundException("solution"));
        Instant now = clock.instant();
        List<FieldChange> changes;
        if (accept) {
            changes = c.acceptSolution(solution.text(), now);
            solution.accept(actor.recorded(), now);
            recorder.record(c, ComplaintEvent.SolutionAccepted::new, actor, now, reason, changes, solution.id());
        } else {
            changes = c.rejectSolution(now);
            solution.reject(actor.recorded(), reason, now);
            recorder.record(c, ComplaintEvent.SolutionRejected::new, actor, now, reason, changes, solution.id());
        }
    }
}
