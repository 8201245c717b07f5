package com.complaints.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.complaints.core.shared.InvalidInputException;

class FileSystemAttachmentStorageUnitTest extends AttachmentStorageContract {

    @TempDir
    Path root;

    private FileSystemAttachmentStorage storage;

    @BeforeEach
    void createStorage() {
        storage = new FileSystemAttachmentStorage(root);
    }

    @Override
    protected AttachmentStorage storage() {
        return storage;
    }

    @Override
    protected long storedObjects() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void keysKeepTenantsApartOnDisk() throws IOException {
        var stored = storage.store("acme", "x", new java.io.ByteArrayInputStream(new byte[]{7}), 10);
        assertThat(stored.key()).startsWith("acme/");
        assertThat(root.resolve(stored.key())).exists();
    }

    @Test
    void fileNamesAreCleaned() {
        assertThat(Attachments.cleanName("C:\\Users\\li\\照片.jpg")).isEqualTo("照片.jpg");
        assertThat(Attachments.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThatThrownBy(() -> Attachments.cleanName("dir/")).isInstanceOf(InvalidInputException.class);
    }
}
