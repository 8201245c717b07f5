package com.complaints.core.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Attachment content in a directory: {@code <root>/<tenant>/<xx>/<uuid>}. Content is written to a temporary
 * file and moved into place only when complete, so a failed upload leaves nothing behind.
 */
class FileSystemAttachmentStorage implements AttachmentStorage {

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{2,40}/[0-9a-f]{2}/[0-9a-f-]{36}");

    private final Path root;

    public FileSystemAttachmentStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredContent store(String tenant, String name, InputStream content, long maxBytes) throws IOException {
        String id = UUID.randomUUID().toString();
        String key = tenant + "/" + id.substring(0, 2) + "/" + id;
        Path target = resolve(tenant, key);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
                size = copy(content, out, maxBytes);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredContent(key, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String tenant, String key) throws IOException {
        return Files.newInputStream(resolve(tenant, key));
    }

    @Override
    public void delete(String tenant, String key) throws IOException {
        Files.deleteIfExists(resolve(tenant, key));
    }

    private Path resolve(String tenant, String key) throws NoSuchFileException {
        if (key == null || !KEY.matcher(key).matches() || !key.startsWith(tenant + "/")) {
            throw new NoSuchFileException("no such attachment");
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new NoSuchFileException("no such attachment");
        }
        return path;
    }

    private static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBytes) {
                throw new ContentTooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }
}
