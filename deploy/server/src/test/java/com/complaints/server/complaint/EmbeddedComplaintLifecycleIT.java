package com.complaints.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.EmbeddedServerIntegrationTest;

/** The lifecycle contract on the embedded default (H2), plus what the run command promises of it. */
class EmbeddedComplaintLifecycleIT extends EmbeddedServerIntegrationTest implements ComplaintLifecycleContract {

    @Test
    void theDemoTenantIsSeededWithItsDepartmentsAndTheIssuerServesTokens() {
        String admin = api().token("demo", "admin", "TENANT_ADMIN", null);
        var departments = api().get("/api/v1/admin/departments", admin);
        assertThat(departments.status()).isEqualTo(200);
        assertThat(departments.body()).hasSize(4);
        assertThat(api().get("/api/v1/complaints", api().token("demo", "alice", "AGENT", "customer-service")).status())
                .isEqualTo(200);
    }
}
