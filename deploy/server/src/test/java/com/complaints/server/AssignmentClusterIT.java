package com.complaints.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import com.complaints.server.support.Api;
import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerNodes;
import com.complaints.server.support.TestPostgres;

/**
 * Two nodes assign cases to one department at once, least-loaded with a capacity per agent: no agent ever gets
 * more than its capacity, and no case is assigned twice.
 */
class AssignmentClusterIT {

    @Test
    void concurrentAssignmentOnTwoNodesNeverExceedsCapacity() throws Exception {
        try (ServerNodes nodes = new ServerNodes(TestPostgres.separateDatabase("assign"), "complaints:it:assign:" + UUID.randomUUID())) {
            ConfigurableApplicationContext a = nodes.start(Map.of(), ctx -> { });
            ConfigurableApplicationContext b = nodes.start(Map.of(), ctx -> { });
            Api apiA = new Api(ServerNodes.port(a));
            Api apiB = new Api(ServerNodes.port(b));
            String tenant = "assign-" + UUID.randomUUID().toString().substring(0, 8);
            String operator = apiA.token("platform", "op", "PLATFORM_OPERATOR", null);
            assertThat(apiA.post("/api/v1/platform/tenants", operator, Map.of("slug", tenant, "displayName", "Assign",
                    "timeZone", "Asia/Shanghai", "locale", "en")).status()).isEqualTo(201);
            String admin = apiA.token(tenant, "root", "TENANT_ADMIN", null);
            String product = null;
            for (var d : apiA.get("/api/v1/admin/departments", admin).body()) {
                if (d.get("code").asString().equals("product")) {
                    product = d.get("id").asString();
                }
            }
            apiA.send(apiA.builder("/api/v1/admin/departments/" + product + "/assignment", admin, Map.of())
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"mode\":\"LEAST_LOADED\"}")).build());
            for (String agent : List.of("p1", "p2", "p3")) {
                apiA.post("/api/v1/admin/departments/" + product + "/members", admin, Map.of("userId", agent));
                apiA.send(apiA.builder("/api/v1/admin/agents/" + agent, admin, Map.of())
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"availability\":\"AVAILABLE\",\"capacity\":4}")).build());
            }
            apiA.send(apiA.builder("/api/v1/admin/agents/p3", admin, Map.of()).header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"availability\":\"ON_LEAVE\",\"onLeaveUntil\":\"2999-01-01\",\"capacity\":4}")).build());

            // 20 triaged cases, transferred to product at once, half through each node
            String agentA = apiA.token(tenant, "intake", "SUPERVISOR", null);
            String agentB = apiB.token(tenant, "intake", "SUPERVISOR", null);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Map<String, Object> body = new HashMap<>(Map.of("channel", "phone",
                        "consumer", Map.of("name", "C" + i, "phone", "1380000" + String.format("%04d", i)),
                        "subject", Map.of("type", "PRODUCT", "name", "冰箱 " + i), "description", "第" + i + "台冰箱不制冷"));
                String id = apiA.post("/api/v1/complaints", agentA, body).text("id");
                apiA.post("/api/v1/complaints/" + id + "/triage", agentA, Map.of("category", "PRODUCT_QUALITY",
                        "complexity", "GENERAL", "urgency", "NORMAL"));
                ids.add(id);
            }
            String target = product;
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> transfers = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                Api api = i % 2 == 0 ? apiA : apiB;
                String token = i % 2 == 0 ? agentA : agentB;
                String id = ids.get(i);
                Callable<Response> call = () -> {
                    go.await();
                    return api.post("/api/v1/complaints/" + id + "/transfers", token, Map.of("toDepartmentId", target));
                };
                transfers.add(pool.submit(call));
            }
            go.countDown();
            Map<String, Integer> perAgent = new HashMap<>();
            int unassigned = 0;
            for (Future<Response> f : transfers) {
                Response r = f.get();
                assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
                String assignee = r.text("assigneeUserId");
                if (assignee == null) {
                    unassigned++;
                } else {
                    perAgent.merge(assignee, 1, Integer::sum);
                }
            }
            pool.shutdown();
            assertThat(perAgent).containsOnlyKeys("p1", "p2");
            assertThat(perAgent.values()).allSatisfy(n -> assertThat(n).isEqualTo(4));
            assertThat(unassigned).isEqualTo(12);
            // the database agrees: each case has at most one assignee, and loads are within capacity
            String supervisor = apiA.token(tenant, "sam", "SUPERVISOR", null);
            int p1 = 0;
            for (String id : ids) {
                if ("p1".equals(apiA.get("/api/v1/complaints/" + id, supervisor).text("assigneeUserId"))) {
                    p1++;
                }
            }
            assertThat(p1).isEqualTo(4);
        }
    }
}
