package com.complaints.server.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.tenancy.TenantContext;
import com.complaints.server.support.Api;
import com.complaints.server.support.ApiIntegrationTest;
import com.complaints.server.support.ServerNodes;
import com.complaints.server.support.TcpProxy;
import com.complaints.server.support.TestPostgres;

/**
 * PostgreSQL going away under a running node (reached through a {@link TcpProxy} that is cut and restored): requests
 * answer 503 with {@code Retry-After}, never 500, and the node serves again once the database is back. A transaction
 * whose pooled connection broke before its first statement (binding the tenant) leaves nothing bound to its thread:
 * before the fix, that thread kept the dead connection and failed every later transaction after the restart.
 */
class DatabaseOutageIT {

    @Test
    void anOutageAnswers503AndEveryThreadWorksAgainAfterIt() {
        TestPostgres.Database db = TestPostgres.separateDatabase("outage");
        URI target = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy("tcp://" + target.getHost() + ":" + target.getPort());
             ServerNodes nodes = new ServerNodes(db, "complaints:it:outage:" + UUID.randomUUID())) {
            String proxied = "jdbc:postgresql://127.0.0.1:" + URI.create(proxy.url()).getPort() + target.getRawPath()
                    + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            ConfigurableApplicationContext node = nodes.start(Map.of("spring.datasource.url", proxied,
                    "spring.datasource.hikari.connection-timeout", "1500"), ctx -> { });
            Api api = new Api(ServerNodes.port(node));
            String tenant = "outage-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(api.post("/api/v1/platform/tenants", api.token("platform", "op", "PLATFORM_OPERATOR", null),
                    Map.of("slug", tenant, "displayName", "Outage", "timeZone", "Asia/Shanghai", "locale", "zh-CN"))
                    .status()).isEqualTo(201);
            String agent = api.token(tenant, "cs", "AGENT", "customer-service");
            assertThat(api.post("/api/v1/complaints", agent, ApiIntegrationTest.complaintBody("电水壶")).status()).isEqualTo(201);

            proxy.cut();
            // past the tenant cache's 5 s too: the problem's language must not need the database either
            for (int i = 0; i < 4; i++) {
                assertUnavailable(api.get("/api/v1/complaints?size=5", agent));
                assertUnavailable(api.post("/api/v1/complaints", agent, ApiIntegrationTest.complaintBody("电水壶")));
            }
            proxy.restore();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (api.get("/api/v1/complaints?size=5", agent).status() != 200) {
                assertThat(Instant.now()).as("the node serves again after the database came back").isBefore(deadline);
                sleep(250);
            }
            for (int i = 0; i < 40; i++) {
                assertThat(api.get("/api/v1/complaints?size=5", agent).status()).as("request %d after the outage", i).isEqualTo(200);
            }

            // one thread, its connection broken between two transactions
            JpaTransactionManager transactions = node.getBean(JpaTransactionManager.class);
            EntityManagerFactory emf = node.getBean(EntityManagerFactory.class);
            TransactionTemplate tx = new TransactionTemplate(transactions);
            node.getBean(TenantContext.class).runAs(tenant, () -> {
                assertThat(cases(tx, emf)).isEqualTo(1);
                proxy.cut();
                assertThatThrownBy(() -> cases(tx, emf)).isInstanceOf(CannotCreateTransactionException.class)
                        .hasMessageContaining("could not bind the tenant");
                assertThat(TransactionSynchronizationManager.getResource(emf)).as("an entity manager left bound").isNull();
                assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
                assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
                proxy.restore();
                assertThat(cases(tx, emf)).as("the same thread's next transaction").isEqualTo(1);
            });
        }
    }

    private static long cases(TransactionTemplate tx, EntityManagerFactory emf) {
        return tx.execute(status -> ((Number) EntityManagerFactoryUtils.getTransactionalEntityManager(emf)
                .createNativeQuery("select count(*) from complaints").getSingleResult()).longValue());
    }

    private static void assertUnavailable(Api.Response answer) {
        assertThat(answer.status()).as("%s %s while the database is away: %s %s", answer.raw().request().method(), answer.raw().uri(),
                answer.raw().headers().map(), answer.raw().body()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
