package com.complaints.server.plugin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Walk-in intake by reception staff, with a printable receipt. */
class OnsiteChannelIT extends ServerIntegrationTest {

    private static final Map<String, Object> BODY = Map.of("location", "静安门店",
            "consumer", Map.of("name", "孙先生", "phone", "13600136000"),
            "subject", Map.of("type", "PRODUCT", "name", "电饭煲 R3"), "description", "内胆涂层脱落");

    @Test
    void staffTakeAWalkInComplaintAndPrintTheReceipt() {
        String tenant = newTenant("desk");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        assertThat(api.post("/api/v1/admin/channels", admin, Map.of("id", "desk", "type", "onsite",
                "settings", Map.of("locations", List.of("静安门店", "徐汇门店")))).status()).isEqualTo(201);
        String agent = api.token(tenant, "desk.1", "AGENT", null);
        var receipt = api.post("/channels/" + tenant + "/desk/complaints", agent, BODY,
                Map.of("Accept", "text/html", "Idempotency-Key", "walkin-1"));
        assertThat(receipt.status()).as(receipt.raw().body()).isEqualTo(201);
        assertThat(receipt.contentType()).startsWith("text/html");
        assertThat(receipt.raw().body()).contains(tenant.toUpperCase(), "id=\"access-code\"", "静安门店", "desk.1");
        var again = api.post("/channels/" + tenant + "/desk/complaints", agent, BODY,
                Map.of("Accept", "text/html", "Idempotency-Key", "walkin-1"));
        assertThat(again.status()).isEqualTo(200);

        var list = api.get("/api/v1/complaints?channel=onsite", api.token(tenant, "sup", "SUPERVISOR", null));
        assertThat(list.body().get("totalItems").asInt()).isEqualTo(1);
        var view = api.get("/api/v1/complaints/" + list.body().get("items").get(0).get("id").asString(),
                api.token(tenant, "sup", "SUPERVISOR", null));
        assertThat(view.text("intakeLocation")).isEqualTo("静安门店");
        assertThat(view.text("createdBy")).isEqualTo("desk.1");
    }

    @Test
    void withoutAStaffTokenOrWithAnotherTenantsTokenNothingIsTaken() {
        String tenant = newTenant("desk-iso");
        String other = newTenant("desk-other");
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        assertThat(api.post("/api/v1/admin/channels", admin, Map.of("id", "desk", "type", "onsite")).status()).isEqualTo(201);
        assertThat(api.post("/channels/" + tenant + "/desk/complaints", null, BODY).status()).isEqualTo(401);
        assertThat(api.post("/channels/" + tenant + "/desk/complaints", api.token(other, "desk.9", "AGENT", null), BODY)
                .status()).isEqualTo(404);
        assertThat(api.get("/api/v1/complaints", api.token(tenant, "sup", "SUPERVISOR", null)).body().get("totalItems").asInt())
                .isZero();
        assertThat(api.get("/api/v1/complaints", api.token(other, "sup", "SUPERVISOR", null)).body().get("totalItems").asInt())
                .isZero();
    }
}
