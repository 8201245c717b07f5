package com.complaints.server.support;

/** The steps a contract suite needs from whichever server configuration it runs against. */
public interface ServerUnderTest {

    Api api();

    /** Provisions a fresh tenant through the platform API and returns its slug. */
    String newTenant(String prefix);

    /** The id of one of the tenant's departments, by code. */
    String departmentId(String tenant, String code);

    /** The tenant's row count per table, to show that a refused request wrote nothing. */
    java.util.Map<String, Long> rows(String tenant);

    /** One statement with the tenant bound, through the application's data source ({@link TenantRows#sql}). */
    java.util.List<java.util.Map<String, Object>> sql(String tenant, String statement, Object... args);
}
