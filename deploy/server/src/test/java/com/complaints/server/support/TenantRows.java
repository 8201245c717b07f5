package com.complaints.server.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * How many rows a tenant has in each of its tables, read through the application's own data source (on PostgreSQL
 * as the application role, with the tenant bound for row-level security): "nothing written" is the same counts
 * before and after.
 */
public final class TenantRows {

    /** Tables that background work changes on its own (timers, the search outbox, attempt counters, purges). */
    private static final Set<String> MOVING = Set.of("deadline_timers", "search_outbox", "failed_lookups",
            "notification_outbox", "notification_deliveries", "flyway_schema_history");

    private final DataSource dataSource;

    public TenantRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, Long> of(String tenant) {
        return asTenant(tenant, "could not count the tenant's rows", c -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables(c)) {
                if (MOVING.contains(table)) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
                    s.setString(1, tenant);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        counts.put(table, r.getLong(1));
                    }
                }
            }
            return counts;
        });
    }

    /**
     * Runs one statement with the tenant bound (row-level security on PostgreSQL): a query's rows as column → value,
     * an update's count as the single row {@code {"updated": n}}. For tests that read a row as stored or back-date one.
     */
    public List<Map<String, Object>> sql(String tenant, String statement, Object... args) {
        return asTenant(tenant, "the statement failed", c -> {
            try (PreparedStatement s = c.prepareStatement(statement)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                List<Map<String, Object>> out = new ArrayList<>();
                if (!s.execute()) {
                    out.add(Map.of("updated", s.getUpdateCount()));
                    return out;
                }
                try (ResultSet r = s.getResultSet()) {
                    while (r.next()) {
                        Map<String, Object> row = new TreeMap<>();
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            Object value = r.getObject(i);
                            row.put(r.getMetaData().getColumnLabel(i).toLowerCase(), value instanceof java.sql.Clob clob
                                    ? clob.getSubString(1, (int) clob.length()) : value);
                        }
                        out.add(row);
                    }
                }
                return out;
            }
        });
    }

    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    /** The work on one of the data source's connections with the tenant bound (on PostgreSQL), unbound after. */
    private <T> T asTenant(String tenant, String failure, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            if (postgres) {
                try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
                    s.setString(1, tenant);
                    s.execute();
                }
            }
            try {
                return work.on(c);
            } finally {
                if (postgres) {
                    try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant_id', '', false)")) {
                        s.execute();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(failure + ": " + e.getMessage(), e);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select distinct table_name from information_schema.columns "
                + "where column_name = 'tenant_id' and table_schema = current_schema()")) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tables.add(r.getString(1).toLowerCase());
                }
            }
        }
        return tables;
    }
}
