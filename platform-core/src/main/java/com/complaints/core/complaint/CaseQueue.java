package com.complaints.core.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The agent workspace's queues: each a filter of the complaint list for its caller, counted by
 * {@code GET /api/v1/complaints/queues} and listed by {@code GET /api/v1/complaints?queue=…}. For supervisors "my
 * departments" is the whole tenant.
 */
public enum CaseQueue {
    /** Open cases assigned to me, and those I took in that are not with a department yet. */
    MINE,
    /** Open cases of my departments. */
    MY_DEPARTMENTS,
    /** Open cases of my departments that nobody is assigned to. */
    UNASSIGNED,
    /** Cases handed over to my departments whose handover nobody has acknowledged yet. */
    AWAITING_ACKNOWLEDGEMENT,
    /** Open cases with a running clock past its warning share. */
    AT_RISK,
    /** Open cases with a breached clock. */
    BREACHED,
    /** Resolved cases waiting for customer service's follow-up. */
    FOLLOW_UP,
    /** Cases closed, merged, rejected or withdrawn in the last seven days. */
    RECENTLY_ENDED;

    static final Duration RECENT = Duration.ofDays(7);

    private static final Set<ComplaintStatus> OPEN = EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.TRIAGED,
            ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS, ComplaintStatus.SOLUTION_PROPOSED,
            ComplaintStatus.REOPENED);
    private static final Set<ComplaintStatus> ENDED = EnumSet.of(ComplaintStatus.CLOSED, ComplaintStatus.MERGED,
            ComplaintStatus.REJECTED, ComplaintStatus.WITHDRAWN);

    /**
     * The queue's criteria for a caller.
     *
     * @param myDepartments the caller's departments, {@code null} for a supervisor (the whole tenant)
     */
    ComplaintFilter filter(String userId, Set<UUID> myDepartments, Instant now) {
        return switch (this) {
            case MINE -> new ComplaintFilter(OPEN, null, null, null, null, null, null, null, null, null, null, null,
                    null, userId);
            case MY_DEPARTMENTS -> criteria(OPEN, myDepartments, null, null, null, null);
            case UNASSIGNED -> criteria(OPEN, myDepartments, true, null, null, null);
            case AWAITING_ACKNOWLEDGEMENT -> criteria(EnumSet.of(ComplaintStatus.ASSIGNED), myDepartments, null, null,
                    null, null);
            case AT_RISK -> criteria(OPEN, null, null, true, null, null);
            case BREACHED -> criteria(OPEN, null, null, null, true, null);
            case FOLLOW_UP -> criteria(EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOW_UP_PENDING), null,
                    null, null, null, null);
            case RECENTLY_ENDED -> criteria(ENDED, null, null, null, null, now.minus(RECENT));
        };
    }

    private static ComplaintFilter criteria(Set<ComplaintStatus> statuses, Set<UUID> departments, Boolean unassigned,
                                            Boolean atRisk, Boolean breached, Instant updatedFrom) {
        return new ComplaintFilter(statuses, null, null, null, null, null, breached, null, atRisk, departments,
                null, unassigned, updatedFrom, null);
    }
}
