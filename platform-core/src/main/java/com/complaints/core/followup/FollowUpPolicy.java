package com.complaints.core.followup;

/**
 * A tenant's follow-up rules.
 *
 * @param dissatisfiedAtMost a survey score at most this (1-5) is dissatisfied, and so is "not solved"
 * @param surveyValidityDays how long a survey link can be answered
 * @param maxUnreachable     unreachable attempts after which the case closes as not reachable
 */
public record FollowUpPolicy(int dissatisfiedAtMost, int surveyValidityDays, int maxUnreachable, long version) {

    static FollowUpPolicy defaults() {
        return new FollowUpPolicy(FollowUpSettings.DEFAULT_DISSATISFIED_AT_MOST, FollowUpSettings.DEFAULT_VALIDITY_DAYS,
                FollowUpSettings.DEFAULT_MAX_UNREACHABLE, 0);
    }

    /** Whether a survey answer counts as satisfied. */
    boolean satisfied(int score, Boolean solved) {
        return score > dissatisfiedAtMost && !Boolean.FALSE.equals(solved);
    }
}
