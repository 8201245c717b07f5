package com.complaints.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.complaints.core.shared.ConflictException;
import com.complaints.core.timeline.FieldChange;
import com.complaints.plugin.api.SubjectType;

class ComplaintUnitTest {

    private static final Instant T0 = Instant.parse("2026-11-28T01:00:00Z");

    private static Complaint received() {
        return new Complaint("DEMO-20261128-000001", new Consumer("张三", "13800000000", null, null, "310115", "浦东新区"),
                new Subject(SubjectType.PRODUCT, "电热水壶", "SKU-1"), "漏电", "退货", "phone", null, T0, null, "hash",
                "alice", T0, new ContactIndexes("phone-index", null));
    }

    @Test
    void simpleComplaintIsResolvedOnTheSpot() {
        Complaint c = received();
        c.triage(Category.SERVICE_ATTITUDE, Complexity.SIMPLE, Urgency.NORMAL, null, T0);
        var changes = c.resolveOnTheSpot("道歉并解释", T0.plusSeconds(60));
        assertThat(c.status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(c.resolution()).isEqualTo("道歉并解释");
        assertThat(changes).extracting(FieldChange::field).contains("status", "resolution", "resolvedAt");
    }

    @Test
    void onlySimpleComplaintsAreResolvedOnTheSpot() {
        Complaint c = received();
        c.triage(Category.PRODUCT_QUALITY, Complexity.COMPLEX, Urgency.URGENT, "漏电", T0);
        assertThatThrownBy(() -> c.resolveOnTheSpot("x", T0)).isInstanceOf(ConflictException.class);
        assertThat(c.status()).isEqualTo(ComplaintStatus.TRIAGED);
    }

    @Test
    void dissatisfiedFollowUpStartsASecondRound() {
        Complaint c = received();
        UUID product = UUID.randomUUID();
        c.triage(Category.PRODUCT_QUALITY, Complexity.GENERAL, Urgency.NORMAL, null, T0);
        c.transferTo(product, null, T0);
        c.acknowledgeTransfer("paul", T0);
        assertThat(c.assigneeUserId()).isEqualTo("paul");
        c.proposeSolution(T0);
        c.acceptSolution("换新", T0);
        var changes = c.recordFollowUp(FollowUpOutcome.DISSATISFIED, false, T0);
        assertThat(c.status()).isEqualTo(ComplaintStatus.REOPENED);
        assertThat(c.round()).isEqualTo(2);
        assertThat(c.resolution()).isNull();
        assertThat(changes).contains(new FieldChange("round", "1", "2"));
        c.transferTo(product, null, T0);
        assertThat(c.status()).isEqualTo(ComplaintStatus.ASSIGNED);
    }

    @Test
    void changesListOnlyWhatChanged() {
        Complaint c = received();
        var changes = c.triage(Category.OTHER, Complexity.GENERAL, Urgency.NORMAL, null, T0);
        assertThat(changes).extracting(FieldChange::field)
                .containsExactlyInAnyOrder("category", "complexity", "urgency", "status");
    }

    @Test
    void refusedTransitionChangesNothing() {
        Complaint c = received();
        assertThatThrownBy(() -> c.proposeSolution(T0)).isInstanceOf(IllegalTransitionException.class);
        assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(c.updatedAt()).isEqualTo(T0);
    }

    @Test
    void consumerDetailsNeverPrintInClear() {
        assertThat(received().consumer().toString()).doesNotContain("13800000000").doesNotContain("张三");
    }

    @Test
    void erasingTheIdentityKeepsTheFactsAndMasksTheTexts() {
        Complaint c = received();
        c.triage(Category.PRODUCT_QUALITY, Complexity.SIMPLE, Urgency.NORMAL, null, T0);
        c.resolveOnTheSpot("张三来电，已退款，回电13800000000", T0.plusSeconds(60));
        c.eraseIdentity(T0.plusSeconds(120));
        assertThat(c.consumer().name()).isEqualTo(Consumer.ERASED_NAME);
        assertThat(c.consumer().phone()).isNull();
        assertThat(c.consumer().regionCode()).isEqualTo("310115");
        assertThat(c.phoneKey()).isNull();
        assertThat(c.subject().reference()).isNull();
        assertThat(c.resolution()).doesNotContain("张三").doesNotContain("13800000000");
        assertThat(c.status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(c.category()).isEqualTo(Category.PRODUCT_QUALITY);
        assertThat(c.anonymisedAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void aLegalHoldRefusesErasureUntilReleased() {
        Complaint c = received();
        c.placeLegalHold("诉讼中 (2026)沪0115民初123号", "legal-lin", T0);
        assertThatThrownBy(() -> c.eraseIdentity(T0)).isInstanceOf(com.complaints.core.shared.ConflictException.class)
                .hasMessageContaining("诉讼中");
        c.releaseLegalHold(T0.plusSeconds(1));
        c.eraseIdentity(T0.plusSeconds(2));
        assertThat(c.consumer().name()).isEqualTo(Consumer.ERASED_NAME);
        assertThatThrownBy(() -> c.placeLegalHold("again", "legal-lin", T0))
                .isInstanceOf(com.complaints.core.shared.ConflictException.class);
    }
}
