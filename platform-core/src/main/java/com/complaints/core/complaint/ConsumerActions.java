package com.complaints.core.complaint;

import static com.complaints.core.complaint.FieldRules.TEXT_MAX;
import static com.complaints.core.complaint.FieldRules.requireText;
import static com.complaints.core.complaint.FieldRules.trimToNull;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.shared.Actor;
import com.complaints.core.shared.NotFoundException;

/**
 * What the consumer does to a case without a login: the portal and the survey page check the consumer's authority
 * (the access code, the survey token) and call these. The actor is always the consumer.
 */
@Service
@Transactional
public class ConsumerActions {

    private final ComplaintRepository complaints;
    private final ComplaintViews views;
    private final SolutionDecisions decisions;
    private final FollowUpRecorder followUps;

    ConsumerActions(ComplaintRepository complaints, ComplaintViews views, SolutionDecisions decisions,
                    FollowUpRecorder followUps) {
        this.complaints = complaints;
        this.views = views;
        this.decisions = decisions;
        this.followUps = followUps;
    }

    /** The case of that number, for the caller to check the consumer's access code against. */
    @Transactional(readOnly = true)
    public Optional<Complaint> byCaseNumber(String caseNumber) {
        return complaints.findByCaseNumber(caseNumber);
    }

    /** The case a merged one lives on in (itself when not merged). */
    @Transactional(readOnly = true)
    public Complaint current(Complaint given) {
        return given.mergedInto() == null ? given : complaints.findById(given.mergedInto()).orElse(given);
    }

    /** The progress messages written for the consumer, oldest first. */
    @Transactional(readOnly = true)
    public List<ComplaintView.ProgressView> progress(UUID complaintId) {
        return views.progressOf(complaintId);
    }

    /** The solutions proposed to the consumer, oldest first. */
    @Transactional(readOnly = true)
    public List<ComplaintView.SolutionView> solutions(UUID complaintId) {
        return views.solutionsOf(complaintId);
    }

    /** The consumer accepts or rejects a proposed solution; a rejection needs a reason. */
    public void decideSolution(UUID complaintId, UUID solutionId, boolean accept, String reason) {
        if (!accept) {
            requireText("reason", reason, TEXT_MAX);
        }
        Complaint c = complaints.findForChange(complaintId).orElseThrow(() -> new NotFoundException("complaint"));
        decisions.decide(c, solutionId, accept, reason, Actor.consumer());
    }

    /** The consumer's answer to a follow-up survey, already judged satisfied or not by the tenant's policy. */
    public void answerSurvey(UUID complaintId, FollowUpOutcome outcome, int satisfaction, Boolean solved, String comment) {
        Complaint c = complaints.findForChange(complaintId).orElseThrow(() -> new NotFoundException("complaint"));
        followUps.record(c, outcome, satisfaction, solved, trimToNull(comment), Actor.consumer());
    }
}
