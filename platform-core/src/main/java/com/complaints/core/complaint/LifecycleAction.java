package com.complaints.core.complaint;

import static com.complaints.core.complaint.ComplaintStatus.ASSIGNED;
import static com.complaints.core.complaint.ComplaintStatus.CLOSED;
import static com.complaints.core.complaint.ComplaintStatus.FOLLOW_UP_PENDING;
import static com.complaints.core.complaint.ComplaintStatus.IN_PROGRESS;
import static com.complaints.core.complaint.ComplaintStatus.MERGED;
import static com.complaints.core.complaint.ComplaintStatus.RECEIVED;
import static com.complaints.core.complaint.ComplaintStatus.REJECTED;
import static com.complaints.core.complaint.ComplaintStatus.REOPENED;
import static com.complaints.core.complaint.ComplaintStatus.RESOLVED;
import static com.complaints.core.complaint.ComplaintStatus.SOLUTION_PROPOSED;
import static com.complaints.core.complaint.ComplaintStatus.TRIAGED;
import static com.complaints.core.complaint.ComplaintStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The complaint state machine: each action names the states it may start from and the state it leads to
 * ({@code null} target: the state stays as it is).
 */
enum LifecycleAction {
    TRIAGE(EnumSet.of(RECEIVED, TRIAGED), TRIAGED),
    /** The receiving department assesses a case that routing sent it before triage; the status stays. */
    ASSESS(EnumSet.of(ASSIGNED, IN_PROGRESS), null),
    /** Automatic routing of a channel intake: straight to a department, with a system handover record. */
    ROUTE(EnumSet.of(RECEIVED), ASSIGNED),
    RESOLVE_ON_THE_SPOT(EnumSet.of(TRIAGED), RESOLVED),
    TRANSFER(EnumSet.of(TRIAGED, ASSIGNED, IN_PROGRESS, REOPENED), ASSIGNED),
    ACKNOWLEDGE_TRANSFER(EnumSet.of(ASSIGNED), IN_PROGRESS),
    RECORD_PROGRESS(EnumSet.of(RECEIVED, TRIAGED, ASSIGNED, IN_PROGRESS, SOLUTION_PROPOSED, REOPENED), null),
    PROPOSE_SOLUTION(EnumSet.of(IN_PROGRESS), SOLUTION_PROPOSED),
    ACCEPT_SOLUTION(EnumSet.of(SOLUTION_PROPOSED), RESOLVED),
    REJECT_SOLUTION(EnumSet.of(SOLUTION_PROPOSED), IN_PROGRESS),
    FOLLOW_UP_UNREACHABLE(EnumSet.of(RESOLVED, FOLLOW_UP_PENDING), FOLLOW_UP_PENDING),
    FOLLOW_UP_SATISFIED(EnumSet.of(RESOLVED, FOLLOW_UP_PENDING), CLOSED),
    FOLLOW_UP_DISSATISFIED(EnumSet.of(RESOLVED, FOLLOW_UP_PENDING), REOPENED),
    /** The consumer stayed unreachable after the tenant's number of attempts: the case closes as not reachable. */
    FOLLOW_UP_GIVE_UP(EnumSet.of(RESOLVED, FOLLOW_UP_PENDING), CLOSED),
    REOPEN(EnumSet.of(RESOLVED, FOLLOW_UP_PENDING, CLOSED), REOPENED),
    REJECT(EnumSet.of(RECEIVED, TRIAGED), REJECTED),
    WITHDRAW(EnumSet.of(RECEIVED, TRIAGED, ASSIGNED, IN_PROGRESS, SOLUTION_PROPOSED, REOPENED), WITHDRAWN),
    MERGE(EnumSet.of(RECEIVED, TRIAGED, ASSIGNED, IN_PROGRESS, SOLUTION_PROPOSED, REOPENED), MERGED);

    private final Set<ComplaintStatus> from;
    private final ComplaintStatus to;

    LifecycleAction(Set<ComplaintStatus> from, ComplaintStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ComplaintStatus status) {
        return from.contains(status);
    }

    public Set<ComplaintStatus> allowedFrom() {
        return EnumSet.copyOf(from);
    }

    /** The state after this action taken from {@code status}; refuses an illegal transition. */
    public ComplaintStatus apply(ComplaintStatus status) {
        if (!allowedFrom(status)) {
            throw new IllegalTransitionException(this, status);
        }
        return to == null ? status : to;
    }
}
