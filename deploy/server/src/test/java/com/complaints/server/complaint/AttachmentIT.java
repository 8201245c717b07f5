package com.complaints.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api.Response;
import com.complaints.server.support.ServerIntegrationTest;

class AttachmentIT extends ServerIntegrationTest {

    private static final byte[] JPEG = new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    private String tenant;
    private String agent;
    private String id;

    @BeforeEach
    void complaint() {
        tenant = newTenant("att");
        agent = api.token(tenant, "alice", "AGENT", "customer-service");
        id = api.post("/api/v1/complaints", agent, complaintBody("电饭煲")).text("id");
    }

    @Test
    void uploadListAndDownload() {
        Response uploaded = api.upload("/api/v1/complaints/" + id + "/attachments", agent, "漏电照片.jpg", "image/jpeg", JPEG,
                Map.of("If-Match", "\"0\""));
        assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(201);
        assertThat(uploaded.text("fileName")).isEqualTo("漏电照片.jpg");
        assertThat(uploaded.body().get("sizeBytes").asLong()).isEqualTo(JPEG.length);
        assertThat(uploaded.header("ETag")).isEqualTo("\"1\"");
        String attachmentId = uploaded.text("id");

        var download = api.download("/api/v1/complaints/" + id + "/attachments/" + attachmentId, agent);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(JPEG);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");

        assertThat(api.get("/api/v1/complaints/" + id + "/attachments", agent).body()).hasSize(1);
        assertThat(api.get("/api/v1/complaints/" + id, agent).body().get("attachments")).hasSize(1);
        var timeline = api.get("/api/v1/complaints/" + id + "/timeline", agent).body();
        assertThat(timeline.get(timeline.size() - 1).get("type").asString()).isEqualTo("ATTACHMENT_ADDED");
    }

    @Test
    void refusedUploadsLeaveNothingBehind() throws IOException {
        Response executable = api.upload("/api/v1/complaints/" + id + "/attachments", agent, "run.exe",
                "application/x-msdownload", JPEG, Map.of());
        assertThat(executable.status()).isEqualTo(400);
        assertThat(executable.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
        Response empty = api.upload("/api/v1/complaints/" + id + "/attachments", agent, "empty.txt", "text/plain",
                new byte[0], Map.of());
        assertThat(empty.status()).isEqualTo(400);
        Response tooLarge = api.upload("/api/v1/complaints/" + id + "/attachments", agent, "big.pdf", "application/pdf",
                new byte[12 * 1024 * 1024], Map.of());
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(filesOf(tenant)).isZero();
        assertThat(api.get("/api/v1/complaints/" + id, agent).header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void anotherTenantCanNeitherSeeNorAdd() {
        String attachmentId = api.upload("/api/v1/complaints/" + id + "/attachments", agent, "a.pdf", "application/pdf",
                "%PDF-1.7".getBytes(), Map.of()).text("id");
        String other = api.token(newTenant("att-other"), "bob", "SUPERVISOR", null);
        assertThat(api.get("/api/v1/complaints/" + id + "/attachments", other).status()).isEqualTo(404);
        assertThat(api.download("/api/v1/complaints/" + id + "/attachments/" + attachmentId, other).statusCode()).isEqualTo(404);
        assertThat(api.upload("/api/v1/complaints/" + id + "/attachments", other, "x.pdf", "application/pdf",
                "%PDF".getBytes(), Map.of()).status()).isEqualTo(404);
    }

    private static long filesOf(String tenant) throws IOException {
        Path dir = ATTACHMENTS.resolve(tenant);
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
