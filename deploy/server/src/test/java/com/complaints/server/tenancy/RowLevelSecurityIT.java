package com.complaints.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.complaint.Complaint;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

/**
 * The backstops below Hibernate's filter. Row-level security: SQL that forgets the tenant, or names another one,
 * sees and changes nothing. Hibernate 7.4 (HHH-20883): UPDATE and DELETE by id are restricted to the session's
 * tenant even where the database would let them through.
 */
class RowLevelSecurityIT extends ServerIntegrationTest {

    private final DataSource dataSource;
    private final EntityManager entityManager;
    private final TenantContext tenantContext;
    private final TransactionTemplate transactions;

    private String a;
    private String b;
    private UUID complaintA;

    @Autowired
    RowLevelSecurityIT(DataSource dataSource, EntityManager entityManager, TenantContext tenantContext,
                       TransactionTemplate transactions) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.tenantContext = tenantContext;
        this.transactions = transactions;
    }

    @BeforeEach
    void data() {
        a = newTenant("rls-a");
        b = newTenant("rls-b");
        Response created = api.post("/api/v1/complaints", api.token(a, "alice", "AGENT", null), complaintBody("A"));
        complaintA = UUID.fromString(created.text("id"));
    }

    @Test
    void theApplicationRoleIsNoOwnerAndNoSuperuser() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            ResultSet rs = st.executeQuery();
            rs.next();
            assertThat(rs.getBoolean(1)).isFalse();
            assertThat(rs.getBoolean(2)).isFalse();
        }
    }

    @Test
    void sqlWithoutATenantSeesNothing() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String table : new String[]{"complaints", "departments", "timeline_events", "case_number_counters"}) {
                assertThat(count(c, "select count(*) from " + table)).as(table).isZero();
            }
        }
    }

    @Test
    void sqlOfAnotherTenantNeitherSeesNorChangesForeignRows() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            bind(c, a);
            assertThat(count(c, "select count(*) from complaints where id = '" + complaintA + "'")).isEqualTo(1);
            c.rollback();

            bind(c, b);
            assertThat(count(c, "select count(*) from complaints where tenant_id = '" + a + "'")).isZero();
            assertThat(update(c, "update complaints set description = 'hijacked' where id = '" + complaintA + "'")).isZero();
            assertThat(update(c, "delete from idempotency_records where tenant_id = '" + a + "'")).isZero();
            assertThat(update(c, "delete from department_members")).isZero();
            c.commit();

            bind(c, b);
            assertThatThrownBy(() -> update(c, "insert into departments (id, tenant_id, code, type, name_zh, name_en, created_at, version) "
                    + "values ('" + UUID.randomUUID() + "', '" + a + "', 'planted', 'CUSTOM', 'x', 'x', now(), 0)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            c.rollback();
        }
        String supervisorA = api.token(a, "sam", "SUPERVISOR", null);
        assertThat(api.get("/api/v1/complaints/" + complaintA, supervisorA).text("description")).doesNotContain("hijacked");
    }

    @Test
    void theTimelineCannotBeRewrittenEvenByItsOwnTenant() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            bind(c, a);
            assertThatThrownBy(() -> update(c, "update timeline_events set summary = 'rewritten'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            c.rollback();
            bind(c, a);
            assertThatThrownBy(() -> update(c, "delete from timeline_events"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            c.rollback();
            // erasure's own way in rewrites a text only of a case whose consumer's identity is erased: not this one
            bind(c, a);
            assertThat(count(c, "select rewrite_erased_case_text('timeline_events.summary', id, 'rewritten') "
                    + "from timeline_events where complaint_id = '" + complaintA + "'")).isZero();
            assertThatThrownBy(() -> count(c, "select rewrite_erased_case_text('complaints.description', '" + complaintA
                    + "', 'rewritten')")).isInstanceOf(SQLException.class).hasMessageContaining("not a text erasure rewrites");
            c.rollback();
        }
    }

    @Test
    void hibernateRestrictsUpdateAndDeleteToTheSessionsTenant() {
        Integer[] affected = tenantContext.callAs(b, () -> transactions.execute(tx -> {
            // switch the database backstop to A's rows: only Hibernate's own tenant restriction is left
            entityManager.createNativeQuery("select set_config('app.tenant_id', :t, true)").setParameter("t", a).getSingleResult();
            assertThat(entityManager.find(Complaint.class, complaintA)).isNull();
            int updated = entityManager.createQuery("update Complaint c set c.description = 'hijacked' where c.id = :id")
                    .setParameter("id", complaintA).executeUpdate();
            int deleted = entityManager.createQuery("delete from Complaint c where c.id = :id")
                    .setParameter("id", complaintA).executeUpdate();
            return new Integer[]{updated, deleted};
        }));
        assertThat(affected).containsExactly(0, 0);
        String supervisorA = api.token(a, "sam", "SUPERVISOR", null);
        Response stillThere = api.get("/api/v1/complaints/" + complaintA, supervisorA);
        assertThat(stillThere.status()).isEqualTo(200);
        assertThat(stillThere.text("description")).doesNotContain("hijacked");
    }

    private static void bind(Connection c, String tenant) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            st.setString(1, tenant);
            st.execute();
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            return st.executeUpdate();
        }
    }
}
