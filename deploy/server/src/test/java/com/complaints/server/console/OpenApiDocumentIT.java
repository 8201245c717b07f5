package com.complaints.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.EmbeddedServerIntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/**
 * The console's API client is generated from a committed copy of the server's OpenAPI document
 * ({@code tenant-admin/console/openapi/api-docs.json}); this fails when that copy is not the server's document, so a
 * change of the API cannot leave the console's client stale. {@code -Dconsole.api.update=true} writes the server's
 * document over the copy (then run {@code npm run api} in tenant-admin/console and commit both).
 */
class OpenApiDocumentIT extends EmbeddedServerIntegrationTest {

    static final Path COMMITTED = Path.of("../../tenant-admin/console/openapi/api-docs.json");

    @Test
    void theConsolesCopyIsTheServersDocument() throws Exception {
        var response = api.get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode served = response.body();
        String pretty = api.json().rebuild().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(served) + "\n";
        if (Boolean.getBoolean("console.api.update")) {
            Files.writeString(COMMITTED, pretty);
        }
        Path fresh = Path.of("target/api-docs.json");
        Files.writeString(fresh, pretty);
        JsonNode committed = api.json().readTree(Files.readString(COMMITTED));
        assertThat(served)
                .as("the server's OpenAPI document (written to deploy/server/%s) differs from %s: run"
                        + " `deploy/test.sh -pl deploy/server -Dit.test=OpenApiDocumentIT -Dconsole.api.update=true`,"
                        + " then `npm run api` in tenant-admin/console, and commit both", fresh, COMMITTED)
                .isEqualTo(committed);
    }

    @Test
    void everyAnswerIsTypedAndEveryErrorIsAProblem() {
        JsonNode paths = api.get("/v3/api-docs", null).body().get("paths");
        java.util.List<String> untyped = new java.util.ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode responses = op.getValue().get("responses");
            assertThat(responses.has("default")).as("%s %s documents its problem details", op.getKey(), path.getKey()).isTrue();
            if (path.getKey().startsWith("/api/v1/complaints") || path.getKey().equals("/api/v1/workspace")
                    || path.getKey().equals("/api/v1/events")) {
                boolean typed = responses.properties().stream().filter(r -> !r.getKey().equals("default"))
                        .anyMatch(r -> r.getValue().has("content") && r.getValue().get("content").properties().stream()
                                .anyMatch(c -> !c.getValue().path("schema").isEmpty()));
                if (!typed && !"delete".equals(op.getKey())) {
                    untyped.add(op.getKey() + " " + path.getKey());
                }
            }
        }));
        assertThat(untyped).as("the console's operations answer a named schema").isEmpty();
    }
}
