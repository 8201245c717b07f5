package com.complaints.core.complaint;

import static com.complaints.core.complaint.ComplaintStatus.*;
import static com.complaints.core.complaint.LifecycleAction.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The state machine, written out independently of its implementation: every legal transition, all the rest illegal. */
class LifecycleActionUnitTest {

    private static final Map<LifecycleAction, Map<ComplaintStatus, ComplaintStatus>> LEGAL = new HashMap<>();

    static {
        legal(TRIAGE, RECEIVED, TRIAGED);
        legal(TRIAGE, TRIAGED, TRIAGED);
        legal(ASSESS, ASSIGNED, ASSIGNED);
        legal(ASSESS, IN_PROGRESS, IN_PROGRESS);
        legal(ROUTE, RECEIVED, ASSIGNED);
        legal(RESOLVE_ON_THE_SPOT, TRIAGED, RESOLVED);
        legal(TRANSFER, TRIAGED, ASSIGNED);
        legal(TRANSFER, ASSIGNED, ASSIGNED);
        legal(TRANSFER, IN_PROGRESS, ASSIGNED);
        legal(TRANSFER, REOPENED, ASSIGNED);
        legal(ACKNOWLEDGE_TRANSFER, ASSIGNED, IN_PROGRESS);
        for (ComplaintStatus open : List.of(RECEIVED, TRIAGED, ASSIGNED, IN_PROGRESS, SOLUTION_PROPOSED, REOPENED)) {
            legal(RECORD_PROGRESS, open, open);
            legal(WITHDRAW, open, WITHDRAWN);
            legal(MERGE, open, MERGED);
        }
        legal(PROPOSE_SOLUTION, IN_PROGRESS, SOLUTION_PROPOSED);
        legal(ACCEPT_SOLUTION, SOLUTION_PROPOSED, RESOLVED);
        legal(REJECT_SOLUTION, SOLUTION_PROPOSED, IN_PROGRESS);
        for (ComplaintStatus resolved : List.of(RESOLVED, FOLLOW_UP_PENDING)) {
            legal(FOLLOW_UP_UNREACHABLE, resolved, FOLLOW_UP_PENDING);
            legal(FOLLOW_UP_SATISFIED, resolved, CLOSED);
            legal(FOLLOW_UP_DISSATISFIED, resolved, REOPENED);
            legal(FOLLOW_UP_GIVE_UP, resolved, CLOSED);
            legal(REOPEN, resolved, REOPENED);
        }
        legal(REOPEN, CLOSED, REOPENED);
        legal(REJECT, RECEIVED, REJECTED);
        legal(REJECT, TRIAGED, REJECTED);
    }

    private static void legal(LifecycleAction action, ComplaintStatus from, ComplaintStatus to) {
        LEGAL.computeIfAbsent(action, a -> new HashMap<>()).put(from, to);
    }

    static Stream<Arguments> legalTransitions() {
        List<Arguments> out = new ArrayList<>();
        LEGAL.forEach((action, moves) -> moves.forEach((from, to) -> out.add(Arguments.of(action, from, to))));
        return out.stream();
    }

    static Stream<Arguments> illegalTransitions() {
        List<Arguments> out = new ArrayList<>();
        for (LifecycleAction action : LifecycleAction.values()) {
            for (ComplaintStatus from : ComplaintStatus.values()) {
                if (!LEGAL.getOrDefault(action, Map.of()).containsKey(from)) {
                    out.add(Arguments.of(action, from));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} from {1} leads to {2}")
    @MethodSource("legalTransitions")
    void legalTransitionLeadsToItsTarget(LifecycleAction action, ComplaintStatus from, ComplaintStatus to) {
        assertThat(action.allowedFrom(from)).isTrue();
        assertThat(action.apply(from)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} from {1} is refused")
    @MethodSource("illegalTransitions")
    void illegalTransitionIsRefused(LifecycleAction action, ComplaintStatus from) {
        assertThat(action.allowedFrom(from)).isFalse();
        assertThatThrownBy(() -> action.apply(from))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining(from.name());
    }

    @Test
    void terminalStatesAllowNothing() {
        for (LifecycleAction action : LifecycleAction.values()) {
            assertThat(action.allowedFrom(REJECTED)).as(action.name()).isFalse();
            assertThat(action.allowedFrom(WITHDRAWN)).as(action.name()).isFalse();
            assertThat(action.allowedFrom(MERGED)).as(action.name()).isFalse();
        }
    }

    @Test
    void everyActionIsSpecified() {
        assertThat(LEGAL.keySet()).containsExactlyInAnyOrder(LifecycleAction.values());
    }
}
