package com.complaints.server.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A fresh PostgreSQL database for the integration tests, prepared the way production is: a schema owner that
 * Flyway migrates as, and an application role that owns nothing (so row-level security binds it).
 *
 * <p>Where: {@code COMPLAINTS_TEST_PG_HOST}/{@code _PORT}/{@code _ADMIN_USER}/{@code _ADMIN_PASSWORD}/{@code _ADMIN_DB}
 * (default 127.0.0.1:5432, postgres, no password, database test) — the server `deploy/local/services.sh` starts.
 * If that server is unreachable and a Docker engine is, Testcontainers starts one. Otherwise the tests fail with
 * a message saying how to provide it: a missing service is never a skipped test.
 */
public final class TestPostgres {

    public static final String OWNER = "complaints_owner";
    public static final String APP = "complaints_app";
    public static final String OWNER_PASSWORD = "owner-secret";
    public static final String APP_PASSWORD = "app-secret";
    private static final String DATABASE = "complaints_it";

    private TestPostgres() {
    }

    /** Connection details of a prepared database, and of the server's admin who made it. */
    public record Database(String jdbcUrl, Admin admin) {

        /**
         * {@code more} and the command-line arguments that run a node on this database: the application role under
         * row-level security, Flyway as the owner.
         */
        public String[] nodeArguments(String... more) {
            return java.util.stream.Stream.concat(java.util.Arrays.stream(more), java.util.stream.Stream.of(
                    "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=" + APP,
                    "--spring.datasource.password=" + APP_PASSWORD,
                    "--spring.flyway.user=" + OWNER,
                    "--spring.flyway.password=" + OWNER_PASSWORD,
                    "--spring.flyway.placeholders.app_role=" + APP)).toArray(String[]::new);
        }
    }

    record Admin(String base, String database, String user, String password) {
    }

    public static Database database() {
        return Holder.DATABASE;
    }

    /** Another fresh database on the same server, for tests that must not share one (e.g. a cluster of nodes). */
    public static Database separateDatabase(String name) {
        return create(Holder.DATABASE.admin(), DATABASE + "_" + name);
    }

    private static final class Holder {
        private static final Database DATABASE = prepare();
    }

    private static Database prepare() {
        String host = env("COMPLAINTS_TEST_PG_HOST", "127.0.0.1");
        String port = env("COMPLAINTS_TEST_PG_PORT", "5432");
        String adminUser = env("COMPLAINTS_TEST_PG_ADMIN_USER", "postgres");
        String adminPassword = env("COMPLAINTS_TEST_PG_ADMIN_PASSWORD", "");
        String adminDb = env("COMPLAINTS_TEST_PG_ADMIN_DB", "test");
        String base = "jdbc:postgresql://" + host + ":" + port + "/";
        try (Connection probe = DriverManager.getConnection(base + adminDb, adminUser, adminPassword)) {
            return create(new Admin(base, adminDb, adminUser, adminPassword), DATABASE);
        } catch (SQLException unreachable) {
            if (!dockerAvailable()) {
                throw new IllegalStateException("""
                        PostgreSQL is not reachable at %s%s as %s (%s).
                        The integration tests need a real PostgreSQL server. Provide one of:
                          - run the README's test command (deploy/test.sh), which starts the local PostgreSQL, or
                            start it yourself: deploy/local/services.sh start
                          - point COMPLAINTS_TEST_PG_HOST/PORT/ADMIN_USER/ADMIN_PASSWORD/ADMIN_DB at a server where
                            that user may create roles and databases
                          - run on a machine with a Docker engine: Testcontainers then starts postgres:16""".formatted(
                        base, adminDb, adminUser, unreachable.getMessage()));
            }
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            String containerBase = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
            return create(new Admin(containerBase, container.getDatabaseName(), container.getUsername(),
                    container.getPassword()), DATABASE);
        }
    }

    private static Database create(Admin a, String database) {
        try (Connection admin = DriverManager.getConnection(a.base() + a.database(), a.user(), a.password());
             Statement st = admin.createStatement()) {
            st.execute(role(OWNER, OWNER_PASSWORD));
            st.execute(role(APP, APP_PASSWORD));
            st.execute("drop database if exists " + database + " with (force)");
            st.execute("create database " + database + " owner " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database: " + e.getMessage(), e);
        }
        try (Connection admin = DriverManager.getConnection(a.base() + database, a.user(), a.password());
             Statement st = admin.createStatement()) {
            st.execute("revoke all on schema public from public");
            st.execute("alter schema public owner to " + OWNER);
            st.execute("grant usage on schema public to " + APP);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test schema: " + e.getMessage(), e);
        }
        return new Database(a.base() + database + "?reWriteBatchedInserts=true", a);
    }

    private static String role(String name, String password) {
        return """
                do $$ begin
                  if not exists (select from pg_roles where rolname = '%1$s') then
                    create role %1$s login password '%2$s' nosuperuser nobypassrls;
                  end if;
                end $$""".formatted(name, password);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
