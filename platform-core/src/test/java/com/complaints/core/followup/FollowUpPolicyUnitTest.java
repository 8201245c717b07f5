package com.complaints.core.followup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpPolicyUnitTest {

    private final FollowUpPolicy policy = new FollowUpPolicy(3, 14, 3, 0);

    @Test
    void aScoreAboveTheThresholdWithTheProblemSolvedOrUnansweredIsSatisfied() {
        assertThat(policy.satisfied(4, true)).isTrue();
        assertThat(policy.satisfied(5, null)).isTrue();
    }

    @Test
    void aLowScoreOrAnUnsolvedProblemIsDissatisfied() {
        assertThat(policy.satisfied(3, true)).isFalse();
        assertThat(policy.satisfied(5, false)).isFalse();
        assertThat(new FollowUpPolicy(1, 14, 3, 0).satisfied(2, true)).isTrue();
    }
}
