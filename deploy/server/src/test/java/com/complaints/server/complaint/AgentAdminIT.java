package com.complaints.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.ServerIntegrationTest;

import tools.jackson.databind.JsonNode;

/** The agents a tenant admin manages: every department member, with what assignment uses, in their tenant only. */
class AgentAdminIT extends ServerIntegrationTest {

    private static JsonNode agent(JsonNode list, String userId) {
        for (JsonNode a : list) {
            if (a.get("userId").asString().equals(userId)) {
                return a;
            }
        }
        return null;
    }

    @Test
    void everyMemberIsAnAgentTheAdminCanSendOnLeave() {
        String tenant = newTenant("agents");
        String other = newTenant("agents-other");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        String otherAdmin = api.token(other, "admin", "TENANT_ADMIN", null);
        String product = departmentId(tenant, "product");
        assertThat(api.post("/api/v1/admin/departments/" + product + "/members", admin, Map.of("userId", "new.member")).status())
                .isEqualTo(200);

        JsonNode fresh = agent(api.get("/api/v1/admin/agents", admin).body(), "new.member");
        assertThat(fresh).as("a member nobody set anything for yet").isNotNull();
        assertThat(fresh.get("availability").asString()).isEqualTo("AVAILABLE");
        assertThat(fresh.get("capacity").asInt()).isEqualTo(20);

        assertThat(api.put("/api/v1/admin/agents/new.member", admin, Map.of("availability", "ON_LEAVE",
                "onLeaveUntil", "2099-01-31", "capacity", 5)).status()).isEqualTo(200);
        JsonNode away = agent(api.get("/api/v1/admin/agents", admin).body(), "new.member");
        assertThat(away.get("availability").asString()).isEqualTo("ON_LEAVE");
        assertThat(away.get("capacity").asInt()).isEqualTo(5);
        assertThat(agent(api.get("/api/v1/admin/agents", otherAdmin).body(), "new.member")).as("another tenant's agents").isNull();
    }
}
