package com.complaints.core.followup;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import com.complaints.core.complaint.Complaint;
import com.complaints.core.complaint.ComplaintEvent;
import com.complaints.core.complaint.ComplaintRepository;
import com.complaints.core.complaint.ConsumerActions;
import com.complaints.core.complaint.ConsumerNotices;
import com.complaints.core.complaint.FollowUpOutcome;
import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.tenancy.TenantTransactions;

/**
 * Follow-up surveys: when a case is resolved (on the spot or by an accepted solution), its consumer gets a
 * single-use link to {@code /public/{tenant}/surveys/{token}}, valid for the tenant's number of days. The answer
 * is the round's follow-up: satisfied closes the case, dissatisfied reopens it for a second round with the same
 * department (and its own deadline), the comment stays on the follow-up record and the timeline.
 */
@Service
@Transactional
class FollowUpSurveys {

    private static final Logger log = LoggerFactory.getLogger(FollowUpSurveys.class);

    private final FollowUpSurveyRepository surveys;
    private final ComplaintRepository complaints;
    private final ConsumerActions consumer;
    private final TenantTransactions transactions;
    private final FollowUpPolicies policies;
    private final ConsumerNotices notices;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String publicBaseUrl;

    FollowUpSurveys(FollowUpSurveyRepository surveys, ComplaintRepository complaints, ConsumerActions consumer,
                    TenantTransactions transactions, FollowUpPolicies policies, ConsumerNotices notices, Clock clock,
                    @Value("${complaints.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.surveys = surveys;
        this.complaints = complaints;
        this.consumer = consumer;
        this.transactions = transactions;
        this.policies = policies;
        this.notices = notices;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** What the survey page shows: the case number, and whether (why not) it can be answered. */
    public record SurveyView(String caseNumber, int round, boolean open, String closedReason, Instant expiresAt) {
    }

    /** An answer: satisfaction 1-5, whether the problem was solved, a comment. */
    public record Answer(Integer satisfaction, Boolean solved, String comment) {
    }

    /** After a resolution committed, the consumer gets the survey of this round. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(ComplaintEvent.ResolvedOnTheSpot resolved) {
        send(resolved);
    }

    /** After the consumer accepted a solution (on the page or through an agent), the survey of this round. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(ComplaintEvent.SolutionAccepted accepted) {
        send(accepted);
    }

    private void send(ComplaintEvent event) {
        transactions.inNewTransaction(event.tenant(), () -> {
            Complaint c = complaints.findById(event.complaintId()).orElseThrow();
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Instant now = clock.instant();
            FollowUpPolicy policy = policies.current();
            surveys.save(new FollowUpSurvey(c.id(), c.round(), hash(token), now,
                    now.plus(Duration.ofDays(policy.surveyValidityDays()))));
            notices.survey(c, publicBaseUrl + "/public/" + c.tenantId() + "/surveys/" + token);
            log.info("follow-up survey sent tenant={} case={} round={}", c.tenantId(), c.caseNumber(), c.round());
        });
    }

    @Transactional(readOnly = true)
    public SurveyView view(String token) {
        FollowUpSurvey s = find(token);
        Complaint c = complaints.findById(s.complaintId()).orElseThrow(() -> new NotFoundException("survey"));
        String closed = s.closedReason(clock.instant(), c);
        return new SurveyView(c.caseNumber(), c.round(), closed == null, closed, s.expiresAt());
    }

    /** Records the answer; a used, expired or superseded link is a conflict (410 on the page). */
    public SurveyView answer(String token, Answer answer) {
        if (answer.satisfaction() == null || answer.satisfaction() < 1 || answer.satisfaction() > 5) {
            throw new InvalidInputException("satisfaction", "range", 1, 5);
        }
        if (answer.comment() != null && answer.comment().length() > 2000) {
            throw new InvalidInputException("comment", "max-length", 2000);
        }
        FollowUpSurvey s = find(token);
        Complaint c = complaints.findById(s.complaintId()).orElseThrow(() -> new NotFoundException("survey"));
        Instant now = clock.instant();
        String closed = s.closedReason(now, c);
        if (closed != null) {
            throw new ConflictException("survey-" + closed, "this survey can no longer be answered (" + closed + ")");
        }
        s.answered(now);
        surveys.saveAndFlush(s);
        FollowUpOutcome outcome = policies.current().satisfied(answer.satisfaction(), answer.solved())
                ? FollowUpOutcome.SATISFIED : FollowUpOutcome.DISSATISFIED;
        consumer.answerSurvey(c.id(), outcome, answer.satisfaction(), answer.solved(), answer.comment());
        return new SurveyView(c.caseNumber(), c.round(), false, "answered", s.expiresAt());
    }

    private FollowUpSurvey find(String token) {
        if (token == null || token.length() > 100) {
            throw new NotFoundException("survey");
        }
        return surveys.findByTokenHash(hash(token)).orElseThrow(() -> new NotFoundException("survey"));
    }

    private static String hash(String token) {
        return com.complaints.core.shared.Hashes.sha256Hex(token);
    }
}
