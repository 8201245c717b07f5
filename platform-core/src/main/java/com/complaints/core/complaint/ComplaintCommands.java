package com.complaints.core.complaint;

import java.util.UUID;

/** The bodies of the staff actions on a complaint. */
final class ComplaintCommands {

    private ComplaintCommands() {
    }

    public record Triage(Category category, Complexity complexity, Urgency urgency, String urgencyReason) {
    }

    public record Transfer(UUID toDepartmentId, String toUserId, String note) {
    }

    public record Progress(String message) {
    }

    public record ProposeSolution(String text) {
    }

    /** A consumer's answer to a solution, recorded by staff on the consumer's behalf or by the consumer. */
    public record SolutionDecision(String reason) {
    }

    public record Resolve(String resolution) {
    }

    public record FollowUp(FollowUpOutcome outcome, Integer satisfaction, Boolean problemSolved, String comment) {
    }

    public record Pause(WaitingKind kind, String reason) {
    }

    public record Merge(UUID primaryId, String reason) {
    }

    public record Assign(String userId) {
    }

    /** Reopen, reject and withdraw all take a reason. */
    public record Reason(String reason) {
    }
}
