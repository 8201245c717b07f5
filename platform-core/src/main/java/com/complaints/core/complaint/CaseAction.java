package com.complaints.core.complaint;

/**
 * What a staff member may do to a case right now, as the API exposes it ({@code allowedActions} of a case): the
 * console offers exactly these, so it never re-implements the state machine. Each names its endpoint under
 * {@code /api/v1/complaints/{id}/}.
 */
public enum CaseAction {
    /** {@code triage} (also the receiving department's assessment of a routed case). */
    TRIAGE,
    /** {@code resolve}: on the spot, a SIMPLE case. */
    RESOLVE,
    /** {@code transfers}. */
    TRANSFER,
    /** {@code transfers/{transferId}/acknowledge}: the pending handover, by its receiving department. */
    ACKNOWLEDGE,
    /** {@code progress}. */
    RECORD_PROGRESS,
    /** {@code solutions}. */
    PROPOSE_SOLUTION,
    /** {@code solutions/{solutionId}/accept} and {@code reject}: the consumer's answer, recorded by staff. */
    RECORD_SOLUTION_ANSWER,
    /** {@code follow-ups}. */
    FOLLOW_UP,
    /** {@code pause}. */
    PAUSE,
    /** {@code resume}. */
    RESUME,
    /** {@code assignment}: supervisors. */
    ASSIGN,
    /** {@code merge}. */
    MERGE,
    /** {@code reopen}: supervisors. */
    REOPEN,
    /** {@code reject}: an inadmissible complaint. */
    REJECT,
    /** {@code withdraw}. */
    WITHDRAW,
    /** {@code attachments}. */
    ATTACH
}
