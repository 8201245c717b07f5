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

/** Migration 22.2 on an embedded database that already holds cases: those within the window get their duplicate keys. */
class DuplicateKeysBackfillTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    @TempDir
    static Path dir;

    private static String url() {
        return "jdbc:h2:file:" + dir.resolve("complaints") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    @Test
    void casesWithinTheWindowGetTheirKeysOlderOnesDoNot() throws SQLException {
        flyway("22").migrate();
        UUID recent = UUID.randomUUID();
        UUID old = UUID.randomUUID();
        String text = "洗衣机脱水时噪音很大，机身剧烈晃动。";
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            c.createStatement().execute("insert into tenants (id, display_name, time_zone, locale, status, created_at, version) "
                    + "values ('t1', 'T1', 'Asia/Shanghai', 'zh-CN', 'ACTIVE', current_timestamp, 0)");
            insertCase(c, recent, "T1-1", text, NOW.minus(Duration.ofDays(3)));
            insertCase(c, old, "T1-2", text, NOW.minus(Duration.ofDays(45)));
        }

        flyway("22.2").migrate();

        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            // the phone's key and the text's bands (the case has no e-mail and no order reference)
            assertThat(keys(c, recent)).isEqualTo(1 + TextFingerprint.bands(TextSimilarity.tokens(text)).length);
            assertThat(keys(c, old)).isZero();
        }
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(url(), "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .javaMigrations(new DuplicateKeysBackfill(Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC)))
                .target(target).load();
    }

    /** A case of tenant t1 with the phone key 13800138000 (shared with {@code DuplicateKeysRekeyTest}). */
    static void insertCase(Connection c, UUID id, String caseNumber, String description, Instant receivedAt)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into complaints (id, tenant_id, case_number, version, consumer_name, "
                + "consumer_phone, subject_type, subject_name, description, channel, received_at, access_code_hash, status, round, "
                + "created_by, created_at, updated_at, phone_key) values (?, 't1', ?, 0, '张三', '13800138000', 'PRODUCT', '洗衣机', ?, "
                + "'phone', ?, 'x', 'RECEIVED', 1, 'agent', ?, ?, '13800138000')")) {
            s.setObject(1, id);
            s.setString(2, caseNumber);
            s.setString(3, description);
            s.setTimestamp(4, Timestamp.from(receivedAt));
            s.setTimestamp(5, Timestamp.from(receivedAt));
            s.setTimestamp(6, Timestamp.from(receivedAt));
            s.executeUpdate();
        }
    }

    private static int keys(Connection c, UUID complaint) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from duplicate_keys where complaint_id = ?")) {
            s.setObject(1, complaint);
            ResultSet r = s.executeQuery();
            r.next();
            return r.getInt(1);
        }
    }
}
