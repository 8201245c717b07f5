package com.complaints.server.support;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What every server-level test needs: a client for the running server and a few shared steps. */
public abstract class ApiIntegrationTest implements ServerUnderTest {

    @LocalServerPort
    private int port;

    protected Api api;

    private TenantRows tenantRows;

    @org.springframework.beans.factory.annotation.Autowired
    void dataSource(javax.sql.DataSource dataSource) {
        this.tenantRows = new TenantRows(dataSource);
    }

    @Override
    public Map<String, Long> rows(String tenant) {
        return tenantRows.of(tenant);
    }

    @Override
    public java.util.List<Map<String, Object>> sql(String tenant, String statement, Object... args) {
        return tenantRows.sql(tenant, statement, args);
    }

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    /** Provisions a fresh tenant through the platform API and returns its slug. */
    @Override
    public String newTenant(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String operator = api.token("platform", "operator", "PLATFORM_OPERATOR", null);
        var created = api.post("/api/v1/platform/tenants", operator,
                Map.of("slug", slug, "displayName", prefix + " Ltd", "timeZone", "Asia/Shanghai", "locale", "zh-CN"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return slug;
    }

    /** The id of one of the tenant's departments, by code. */
    @Override
    public String departmentId(String tenant, String code) {
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        var list = api.get("/api/v1/admin/departments", admin);
        assertThat(list.status()).isEqualTo(200);
        for (var d : list.body()) {
            if (code.equals(d.get("code").asString())) {
                return d.get("id").asString();
            }
        }
        throw new AssertionError("no department " + code + " in " + tenant);
    }

    public static Map<String, Object> complaintBody(String subjectName) {
        return Map.of(
                "channel", "phone",
                "consumer", Map.of("name", "张三", "phone", "+86 138 0013 8000", "address", "上海市浦东新区世纪大道100号",
                        "regionCode", "310115", "regionName", "浦东新区"),
                "subject", Map.of("type", "PRODUCT", "name", subjectName, "reference", "SKU-K1-2026"),
                "description", "电热水壶使用两周后底座漏电，接触时有明显麻手感。",
                "expectedResolution", "退货退款并检测同批次产品");
    }

    public static Map<String, String> ifMatch(String etag) {
        return Map.of("If-Match", etag);
    }

    @Override
    public Api api() {
        return api;
    }
}
