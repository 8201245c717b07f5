package com.complaints.core.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Migration 24.2: the duplicate keys made again, since the text keys now come from words (the search analysis's
 * segmenter and stemmer) instead of character bigrams — an old key would never meet a new one. Every key of the
 * tenant is dropped and the cases within the duplicate window keyed afresh, tenant by tenant, in the migration's
 * transaction.
 */
@Component
class DuplicateKeysRekey implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(DuplicateKeysRekey.class);

    private final Duration window;
    private final Clock clock;

    DuplicateKeysRekey(@Value("${complaints.duplicates.window:P30D}") Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("24.2");
    }

    @Override
    public String getDescription() {
        return "duplicate keys from words instead of character bigrams";
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
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        long cases = DuplicateKeysBackfill.forEachTenant(context.getConnection(), (connection, tenant) -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from duplicate_keys where tenant_id = ?")) {
                delete.setString(1, tenant);
                delete.executeUpdate();
            }
            return DuplicateKeysBackfill.backfill(connection, tenant, since);
        });
        log.info("duplicate keys made again from words cases={} window={}", cases, window);
    }
}
