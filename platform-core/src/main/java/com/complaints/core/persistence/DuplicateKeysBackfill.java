package com.complaints.core.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.complaints.core.duplicate.DuplicateKeys;
import com.complaints.core.duplicate.TextSimilarity;

/**
 * Migration 22.2: the duplicate keys (V22) of the cases received before it, within the duplicate window — the ones a
 * new case can still be compared with. Tenant by tenant (on PostgreSQL each in the tenant's row-level-security scope,
 * since the owner is subject to it too), in the migration's transaction, so an upgrade is complete or not at all.
 */
@Component
class DuplicateKeysBackfill implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(DuplicateKeysBackfill.class);
    private static final int BATCH = 500;

    private final Duration window;
    private final Clock clock;

    DuplicateKeysBackfill(@Value("${complaints.duplicates.window:P30D}") Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("22.2");
    }

    @Override
    public String getDescription() {
        return "duplicate keys of the cases within the duplicate window";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        long cases = forEachTenant(context.getConnection(), (connection, tenant) ->
                backfill(connection, tenant, Timestamp.from(clock.instant().minus(window))));
        log.info("duplicate keys filled in cases={} window={}", cases, window);
    }

    /** Work for one tenant in a migration's connection; returns how many cases it keyed. */
    interface TenantWork {
        long run(Connection connection, String tenant) throws SQLException;
    }

    /** Runs the work tenant by tenant, on PostgreSQL each in the tenant's row-level-security scope; sums the counts. */
    static long forEachTenant(Connection connection, TenantWork work) throws SQLException {
        boolean postgres = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        List<String> tenants = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("select id from tenants")) {
            while (r.next()) {
                tenants.add(r.getString(1));
            }
        }
        long cases = 0;
        for (String tenant : tenants) {
            if (postgres) {
                try (PreparedStatement scope = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                    scope.setString(1, tenant);
                    scope.execute();
                }
            }
            cases += work.run(connection, tenant);
        }
        if (postgres) {
            try (Statement s = connection.createStatement()) {
                s.execute("select set_config('app.tenant_id', '', true)");
            }
        }
        return cases;
    }

    static long backfill(Connection connection, String tenant, Timestamp since) throws SQLException {
        long cases = 0;
        try (PreparedStatement read = connection.prepareStatement(
                "select id, received_at, description, phone_key, email_key, reference_key from complaints "
                        + "where tenant_id = ? and received_at >= ?");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into duplicate_keys (tenant_id, key_hash, received_at, complaint_id) values (?, ?, ?, ?)")) {
            read.setString(1, tenant);
            read.setTimestamp(2, since);
            int pending = 0;
            try (ResultSet r = read.executeQuery()) {
                while (r.next()) {
                    cases++;
                    long[] keys = DuplicateKeys.of(r.getString(4), r.getString(5), r.getString(6),
                            TextSimilarity.tokens(r.getString(3))).all();
                    for (long key : Arrays.stream(keys).distinct().toArray()) {
                        insert.setString(1, tenant);
                        insert.setLong(2, key);
                        insert.setTimestamp(3, r.getTimestamp(2));
                        insert.setObject(4, r.getObject(1));
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return cases;
    }
}
