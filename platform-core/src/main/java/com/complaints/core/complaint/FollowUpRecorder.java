package com.complaints.core.complaint;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import com.complaints.core.shared.Actor;

/**
 * A follow-up outcome on a case, whoever reports it (an agent's call or the consumer's survey answer): the record,
 * the aggregate's transition (closed, reopened for a second round, or closed as not reachable) and its event.
 */
@Component
class FollowUpRecorder {

    private final FollowUpRecordRepository followUps;
    private final FollowUpLimits limits;
    private final CaseRecorder recorder;
    private final Clock clock;

    FollowUpRecorder(FollowUpRecordRepository followUps, FollowUpLimits limits, CaseRecorder recorder, Clock clock) {
        this.followUps = followUps;
        this.limits = limits;
        this.recorder = recorder;
        this.clock = clock;
    }

    void record(Complaint c, FollowUpOutcome outcome, Integer satisfaction, Boolean solved, String comment, Actor actor) {
        Instant now = clock.instant();
        int round = c.round();
        boolean giveUp = outcome == FollowUpOutcome.UNREACHABLE
                && followUps.findByComplaintIdOrderByRecordedAt(c.id()).stream()
                        .filter(f -> f.round() == round && f.outcome() == FollowUpOutcome.UNREACHABLE).count() + 1
                        >= limits.maxUnreachable();
        var changes = c.recordFollowUp(outcome, giveUp, now);
        FollowUpRecord followUp = followUps.save(new FollowUpRecord(c.id(), outcome, satisfaction, solved, comment, round,
                actor.recorded(), now));
        String summary = outcome + (giveUp ? " (closed: not reachable)" : "") + (comment == null ? "" : ": " + comment);
        recorder.record(c, ComplaintEvent.FollowUpRecorded::new, actor, now, summary, changes, followUp.id());
    }
}
