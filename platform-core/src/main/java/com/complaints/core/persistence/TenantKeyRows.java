package com.complaints.core.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The tenants' data and index keys ({@code tenant_data_keys}, V25), wrapped by the platform key. Read through JDBC on
 * the transaction's own connection, not through the entity manager: the keys are needed while Hibernate reads or
 * writes a row, where a query of the session would flush it again. Every statement names the tenant or the key id.
 */
@Component
public class TenantKeyRows {

    /** One stored key; {@code wrapped} is the key sealed by the platform key. */
    public record StoredKey(long id, String tenant, String purpose, int version, String wrapped, Instant createdAt,
                            Instant retiredAt) {
    }

    private static final String COLUMNS = "id, tenant_id, purpose, version, wrapped_key, created_at, retired_at";
    private static final RowMapper<StoredKey> ROW = (r, i) -> new StoredKey(r.getLong(1), r.getString(2), r.getString(3),
            r.getInt(4), r.getString(5), r.getTimestamp(6).toInstant(),
            r.getTimestamp(7) == null ? null : r.getTimestamp(7).toInstant());

    private final JdbcTemplate jdbc;

    TenantKeyRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public Optional<StoredKey> byId(long id) {
        return jdbc.query("select " + COLUMNS + " from tenant_data_keys where id = ?", ROW, id).stream().findFirst();
    }

    /** The tenant's keys of one purpose, newest version first. */
    public List<StoredKey> of(String tenant, String purpose) {
        return jdbc.query("select " + COLUMNS + " from tenant_data_keys where tenant_id = ? and purpose = ? "
                + "order by version desc", ROW, tenant, purpose);
    }

    /** Adds a key; fails on a duplicate (tenant, purpose, version), which tells the caller another node was first. */
    public void insert(StoredKey key) {
        jdbc.update("insert into tenant_data_keys (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, null)", key.id(),
                key.tenant(), key.purpose(), key.version(), key.wrapped(), Timestamp.from(key.createdAt()));
    }

    /** Marks the tenant's older data keys retired: nothing is sealed with them any more (they still decrypt). */
    public int retireBelow(String tenant, int version, Instant at) {
        return jdbc.update("update tenant_data_keys set retired_at = ? where tenant_id = ? and purpose = 'DATA' "
                + "and version < ? and retired_at is null", Timestamp.from(at), tenant, version);
    }
}
