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

    /**
     * Every operation documents its success answer with a media type and a schema (a body-less 204 says so), and
     * its errors as problem details. The one exception is the channel plugins' own endpoints, whose answers are the
     * plugin's format (documented as such).
     */
    @Test
    void everyAnswerIsTypedAndEveryErrorIsAProblem() {
        JsonNode document = api.get("/v3/api-docs", null).body();
        JsonNode paths = document.get("paths");
        java.util.List<String> untyped = new java.util.ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String operation = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            JsonNode responses = op.getValue().get("responses");
            assertThat(responses.path("default").path("content").has("application/problem+json"))
                    .as("%s documents its problem details", operation).isTrue();
            if (path.getKey().startsWith("/channels/")) {
                return;
            }
            var successes = responses.properties().stream().filter(r -> r.getKey().startsWith("2")).toList();
            if (successes.isEmpty()) {
                untyped.add(operation + ": no success answer");
            }
            successes.forEach(r -> {
                JsonNode content = r.getValue().path("content");
                if (r.getKey().equals("204")) {
                    if (!content.isMissingNode() && !content.isEmpty()) {
                        untyped.add(operation + " 204 with a body");
                    }
                    return;
                }
                if (content.isMissingNode() || content.isEmpty()) {
                    untyped.add(operation + " " + r.getKey() + ": no body documented");
                }
                content.properties().forEach(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    boolean named = schema.has("$ref") || schema.path("items").has("$ref") || schema.has("format")
                            || "string".equals(schema.path("type").asString(""));
                    if (media.getKey().equals("*/*") || !named) {
                        untyped.add(operation + " " + r.getKey() + " " + media.getKey() + " " + schema);
                    }
                });
            });
        }));
        assertThat(untyped).as("every answer has a media type and a named schema").isEmpty();
        assertThat(paths.has("/error")).as("Spring Boot's error controller is not part of the API").isFalse();
    }
}
