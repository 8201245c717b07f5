package com.complaints.core.complaint;

/** The tenant's follow-up rule the lifecycle needs (the follow-up feature owns the policy). */
public interface FollowUpLimits {

    /** Unreachable follow-up attempts in one round after which the case closes as not reachable. */
    int maxUnreachable();

    /** The highest follow-up score that counts as dissatisfied (above it, the consumer was satisfied). */
    int dissatisfiedAtMost();
}
