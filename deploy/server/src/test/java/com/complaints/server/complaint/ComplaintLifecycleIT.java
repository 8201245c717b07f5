package com.complaints.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

/** The lifecycle contract on real PostgreSQL, as the application role under row-level security. */
@ExtendWith(OutputCaptureExtension.class)
class ComplaintLifecycleIT extends ServerIntegrationTest implements ComplaintLifecycleContract {

    @Test
    void personalDataNeverReachesTheLogs(CapturedOutput output) {
        Actors s = actors();
        Map<String, Object> body = new HashMap<>(complaintBody("隐私测试"));
        body.put("consumer", Map.of("name", "欧阳娜娜", "phone", "+86 139 8765 4321", "email", "nana.ouyang@example.cn",
                "address", "北京市朝阳区建国路88号", "regionCode", "110105"));
        Response created = api().post("/api/v1/complaints", s.intakeAgent(), body);
        String id = created.text("id");
        api().post("/api/v1/complaints/" + id + "/triage", s.intakeAgent(),
                Map.of("category", "OTHER", "complexity", "SIMPLE", "urgency", "NORMAL"));
        api().post("/api/v1/complaints/" + id + "/resolve", s.intakeAgent(), Map.of("resolution", "已当场解决"));
        // an invalid request that echoes nothing personal either
        Map<String, Object> bad = new HashMap<>(body);
        bad.put("consumer", Map.of("name", "欧阳娜娜", "phone", "139-8765-4321-0000-1111-2222"));
        api().post("/api/v1/complaints", s.intakeAgent(), bad);

        assertThat(output.getAll()).contains(created.text("caseNumber"))
                .doesNotContain("欧阳娜娜").doesNotContain("8765").doesNotContain("nana.ouyang")
                .doesNotContain("建国路");
    }
}
