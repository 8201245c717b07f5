package com.complaints.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

/** The personal-data contract on PostgreSQL, as the application role under row-level security; and a rotation under load. */
class PersonalDataIT extends ServerIntegrationTest implements PersonalDataContract {

    /**
     * While new cases come in and existing ones change (a legal hold placed and released rewrites the whole row), the
     * tenant's key is rotated: the background pass re-seals every case, the old key is retired, and every case still
     * reveals exactly the phone it was taken with, sealed with the new key.
     */
    @Test
    void rotatingTheKeyUnderLoadLosesNothing() throws Exception {
        Staff s = staff("rot");
        List<String[]> cases = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 150; i++) {
            String phone = "1380000" + (1000 + i);
            cases.add(new String[] {complaint(s, "周" + i, phone, null, "热水器不出热水 " + i).text("id"), phone});
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger(1000);
        Thread intake = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                String phone = "1390000" + counter.incrementAndGet();
                try {
                    cases.add(new String[] {complaint(s, "孙" + phone, phone, null, "洗碗机漏水").text("id"), phone});
                } catch (AssertionError e) {
                    failures.incrementAndGet();
                }
            }
        });
        Thread changes = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                String id = cases.get(ThreadLocalRandom.current().nextInt(150))[0];
                Response held = api().put("/api/v1/complaints/" + id + "/legal-hold", s.admin(), Map.of("reason", "核查中"));
                Response released = api().delete("/api/v1/complaints/" + id + "/legal-hold", s.admin());
                if (held.status() != 200 || released.status() != 200) {
                    failures.incrementAndGet();
                }
            }
        });
        Thread.sleep(500);
        Response rotated = api().post("/api/v1/admin/personal-data/keys/rotate", s.admin(), null);
        assertThat(rotated.status()).as(rotated.raw().body()).isEqualTo(202);
        assertThat(rotated.body().get("currentVersion").asInt()).isEqualTo(2);
        Thread.sleep(2_000);
        stop.set(true);
        intake.join();
        changes.join();
        assertThat(failures.get()).as("requests refused during the rotation").isZero();

        JsonNode status = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            status = api().get("/api/v1/admin/personal-data/keys", s.admin()).body();
            if (status.get("unsealed").asLong() == 0 && !status.get("versions").get(1).get("retiredAt").isNull()) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(status.get("unsealed").asLong()).as("cases not yet sealed with version 2").isZero();
        assertThat(status.get("versions").get(1).get("retiredAt").isNull()).as("version 1 retired").isFalse();

        long newKey = ((Number) sql(s.tenant(), "select id from tenant_data_keys where tenant_id = ? and purpose = 'DATA' "
                + "and version = 2", s.tenant()).getFirst().get("id")).longValue();
        List<Map<String, Object>> rows = sql(s.tenant(), "select consumer_name, consumer_phone, consumer_address "
                + "from complaints where tenant_id = ?", s.tenant());
        assertThat(rows).hasSize(cases.size());
        for (Map<String, Object> row : rows) {
            for (Object sealed : row.values()) {
                assertThat((String) sealed).startsWith("pd1:" + newKey + ":");
            }
        }
        for (String[] c : List.copyOf(cases)) {
            assertThat(api().post("/api/v1/complaints/" + c[0] + "/contact/reveal", s.admin(), null).text("phone"))
                    .isEqualTo(c[1]);
        }
        System.out.printf("[rotation] %d cases, all re-sealed with version 2 and readable%n", cases.size());
    }
}
