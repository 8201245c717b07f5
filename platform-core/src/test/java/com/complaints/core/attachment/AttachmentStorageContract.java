package com.complaints.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What every {@link AttachmentStorage} adapter must do; run against each adapter by a subclass. */
abstract class AttachmentStorageContract {

    protected abstract AttachmentStorage storage();

    @Test
    void storesAndReturnsContentWithSizeAndChecksum() throws IOException {
        byte[] bytes = "检测报告 inspection report".getBytes(StandardCharsets.UTF_8);
        var stored = storage().store("acme", "report.txt", new ByteArrayInputStream(bytes), 1024);
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.sha256()).isEqualTo(sha256(bytes));
        try (InputStream in = storage().open("acme", stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void anotherTenantCannotOpenTheContent() throws IOException {
        var stored = storage().store("acme", "a.txt", new ByteArrayInputStream(new byte[]{1, 2, 3}), 1024);
        assertThatThrownBy(() -> storage().open("globex", stored.key())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> storage().open("acme", "acme/../../etc/passwd")).isInstanceOf(IOException.class);
    }

    @Test
    void tooLargeContentIsRefusedAndNothingStays() throws IOException {
        assertThatThrownBy(() -> storage().store("acme", "big.bin", new ByteArrayInputStream(new byte[2048]), 1024))
                .isInstanceOf(AttachmentStorage.ContentTooLargeException.class);
        assertThat(storedObjects()).isZero();
    }

    @Test
    void deletedContentIsGone() throws IOException {
        var stored = storage().store("acme", "a.txt", new ByteArrayInputStream(new byte[]{1}), 1024);
        storage().delete("acme", stored.key());
        storage().delete("acme", stored.key());
        assertThatThrownBy(() -> storage().open("acme", stored.key())).isInstanceOf(IOException.class);
    }

    /** How many objects the adapter holds, for the tests. */
    protected abstract long storedObjects() throws IOException;

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
