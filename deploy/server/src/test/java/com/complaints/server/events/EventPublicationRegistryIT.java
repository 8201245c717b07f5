package com.complaints.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.event.TransactionalEventListener;

import com.complaints.core.complaint.ComplaintEvent;
import com.complaints.core.shared.Actor;
import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

/**
 * What reacts after commit is not lost when it fails: the publication of the event stays in the registry (on
 * PostgreSQL, as the application role), the change itself stays committed, and a resubmission hands the listener the
 * same event again — read back from its stored JSON, equal to the one published.
 */
class EventPublicationRegistryIT extends ServerIntegrationTest {

    @Autowired
    FailingOnceListener listener;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    DataSource dataSource;

    @Test
    void aFailedAfterCommitListenerGetsTheSameEventAgainOnResubmission() throws SQLException {
        String tenant = newTenant("registry");
        String agent = api.token(tenant, "agent-r", "AGENT", null);
        Response created = api.post("/api/v1/complaints", agent, complaintBody("registry probe"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String caseNumber = created.text("caseNumber");

        assertThat(listener.received()).hasSize(1);
        ComplaintEvent.Received first = listener.received().getFirst();
        assertThat(first.state().caseNumber()).isEqualTo(caseNumber);
        assertThat(first.actor()).isEqualTo(Actor.staff("agent-r"));
        assertThat(api.get("/api/v1/complaints/" + created.text("id"), agent).status())
                .as("the intake committed although a listener after it failed").isEqualTo(200);
        assertThat(pendingFor(caseNumber)).as("the failed listener's publication is kept").isEqualTo(1);

        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);

        assertThat(listener.received()).hasSize(2);
        assertThat(listener.received().get(1)).as("the event read back from the registry").isEqualTo(first);
        assertThat(pendingFor(caseNumber)).as("completed publications are removed").isZero();
    }

    /** Publications still in the registry whose event names this case (every listener's, not only the probe's). */
    private long pendingFor(String caseNumber) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from event_publication where completion_date is null and serialized_event like ?")) {
            s.setString(1, "%" + caseNumber + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Reacts to intake after commit in the probe's tenants; fails the first time, like a crash in the listener. */
    static class FailingOnceListener {

        private final List<ComplaintEvent.Received> received = new CopyOnWriteArrayList<>();

        /** What it was handed (a method: the bean is proxied, its fields are not the proxy's). */
        List<ComplaintEvent.Received> received() {
            return received;
        }

        @TransactionalEventListener
        void on(ComplaintEvent.Received event) {
            if (!event.tenant().startsWith("registry-")) {
                return;
            }
            received.add(event);
            if (received.size() == 1) {
                throw new IllegalStateException("listener failed on purpose");
            }
        }
    }

    @TestConfiguration
    static class Probe {

        @Bean
        FailingOnceListener failingOnceListener() {
            return new FailingOnceListener();
        }
    }
}
