package com.complaints.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.shared.Actor;
import com.complaints.core.timeline.FieldChange;

class ComplaintEventUnitTest {

    private static final CaseState STATE = new CaseState("acme", UUID.randomUUID(), "ACME-20261201-000001", 3,
            ComplaintStatus.ASSIGNED, Category.PRODUCT_QUALITY, Complexity.SIMPLE, Urgency.NORMAL,
            Instant.parse("2026-12-01T02:00:00Z"), UUID.randomUUID(), "agent-7", 1, "agent-1");

    /** The timeline's type names are part of the API: each kind keeps its name, and no two share one. */
    @Test
    void everyKindHasItsOwnStableTimelineType() {
        Map<String, String> types = Arrays.stream(ComplaintEvent.class.getPermittedSubclasses())
                .collect(Collectors.toMap(Class::getSimpleName, k -> of(k).timelineType()));
        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Received", "RECEIVED"), Map.entry("Triaged", "TRIAGED"),
                Map.entry("ResolvedOnTheSpot", "RESOLVED"), Map.entry("Transferred", "TRANSFERRED"),
                Map.entry("TransferAcknowledged", "TRANSFER_ACKNOWLEDGED"),
                Map.entry("ProgressRecorded", "PROGRESS_RECORDED"), Map.entry("SolutionProposed", "SOLUTION_PROPOSED"),
                Map.entry("SolutionAccepted", "SOLUTION_ACCEPTED"), Map.entry("SolutionRejected", "SOLUTION_REJECTED"),
                Map.entry("FollowUpRecorded", "FOLLOW_UP_RECORDED"), Map.entry("Reassigned", "REASSIGNED"),
                Map.entry("Merged", "MERGED"), Map.entry("MergeReceived", "MERGE_RECEIVED"), Map.entry("Paused", "PAUSED"),
                Map.entry("Resumed", "RESUMED"), Map.entry("UrgencyRaised", "URGENCY_RAISED"),
                Map.entry("Reopened", "REOPENED"), Map.entry("Rejected", "REJECTED"), Map.entry("Withdrawn", "WITHDRAWN"),
                Map.entry("AttachmentAdded", "ATTACHMENT_ADDED"), Map.entry("ConsumerMessageReceived", "CONSUMER_MESSAGE"),
                Map.entry("LegalHoldPlaced", "LEGAL_HOLD_PLACED"), Map.entry("LegalHoldReleased", "LEGAL_HOLD_RELEASED"),
                Map.entry("ConsumerAnonymised", "CONSUMER_ANONYMISED")));
    }

    /** The publication registry stores events as JSON and hands the listener what it reads back. */
    @Test
    void anEventSurvivesItsJsonUnchanged() {
        JsonMapper json = JsonMapper.builder().build();
        ComplaintEvent event = new ComplaintEvent.Transferred(STATE, Actor.staff("agent-7"), Instant.parse("2026-12-01T03:04:05.123456Z"),
                "to service", List.of(FieldChange.of("departmentId", null, STATE.departmentId())), UUID.randomUUID());
        String stored = json.writeValueAsString(event);
        assertThat(json.readValue(stored, ComplaintEvent.Transferred.class)).isEqualTo(event);
        assertThat(json.readTree(stored).propertyNames()).as("only the record's components, nothing derived")
                .containsExactly("state", "actor", "at", "summary", "changes", "referenceId");
    }

    @Test
    void theEventNamesItsCaseAndTenant() {
        ComplaintEvent e = of(ComplaintEvent.Paused.class);
        assertThat(e.complaintId()).isEqualTo(STATE.complaintId());
        assertThat(e.tenant()).isEqualTo("acme");
    }

    private static ComplaintEvent of(Class<?> kind) {
        try {
            return (ComplaintEvent) kind.getDeclaredConstructors()[0].newInstance(STATE, Actor.system(), Instant.EPOCH,
                    null, List.of(), null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(kind.getName(), e);
        }
    }
}
