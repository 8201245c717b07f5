package com.complaints.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.complaints.core.duplicate.TextFingerprint;
import com.complaints.core.duplicate.TextSimilarity;

/** Migration 24.2 on a database keyed the old way: every old key goes, the cases within the window are keyed afresh. */
class DuplicateKeysRekeyTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final long OLD_KEY = 4242L;
    @TempDir
    static Path dir;

    private static String url() {
        return "jdbc:h2:file:" + dir.resolve("complaints") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    @Test
    void oldKeysGoAndCasesWithinTheWindowAreKeyedFromWords() throws SQLException {
        flyway("24").migrate();
        UUID recent = UUID.randomUUID();
        UUID old = UUID.randomUUID();
        String text = "洗衣机脱水时噪音很大，机身剧烈晃动。";
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            c.createStatement().execute("insert into tenants (id, display_name, time_zone, locale, status, created_at, version) "
                    + "values ('t1', 'T1', 'Asia/Shanghai', 'zh-CN', 'ACTIVE', current_timestamp, 0)");
            DuplicateKeysBackfillTest.insertCase(c, recent, "T1-1", text, NOW.minus(Duration.ofDays(3)));
            DuplicateKeysBackfillTest.insertCase(c, old, "T1-2", text, NOW.minus(Duration.ofDays(45)));
            insertKey(c, recent, NOW.minus(Duration.ofDays(3)));
            insertKey(c, old, NOW.minus(Duration.ofDays(45)));
        }

        flyway("24.2").migrate();

        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            assertThat(count(c, "select count(*) from duplicate_keys where key_hash = " + OLD_KEY)).isZero();
            assertThat(count(c, "select count(*) from duplicate_keys where complaint_id = '" + recent + "'"))
                    .isEqualTo(1 + TextFingerprint.bands(TextSimilarity.tokens(text)).length);
            assertThat(count(c, "select count(*) from duplicate_keys where complaint_id = '" + old + "'")).isZero();
        }
        assertThat(TextSimilarity.tokens(text)).contains("w:洗衣机", "w:噪音", "b:洗衣机 脱水");
    }

    private static Flyway flyway(String target) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return Flyway.configure().dataSource(url(), "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .javaMigrations(new DuplicateKeysBackfill(Duration.ofDays(30), clock), new DuplicateKeysRekey(Duration.ofDays(30), clock))
                .target(target).load();
    }

    private static void insertKey(Connection c, UUID complaint, Instant receivedAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into duplicate_keys (tenant_id, key_hash, received_at, complaint_id) values ('t1', ?, ?, ?)")) {
            s.setLong(1, OLD_KEY);
            s.setTimestamp(2, Timestamp.from(receivedAt));
            s.setObject(3, complaint);
            s.executeUpdate();
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
