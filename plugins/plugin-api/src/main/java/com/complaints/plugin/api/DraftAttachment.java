package com.complaints.plugin.api;

import java.util.Objects;

/**
 * A file that came with a complaint or a message. The content is copied on the way in and out, so the record
 * stays immutable.
 *
 * @param fileName    the file's name as the consumer gave it
 * @param contentType its media type, e.g. {@code image/jpeg}
 * @param content     the bytes (the host refuses files above its size limit, 10 MB by default)
 */
public record DraftAttachment(String fileName, String contentType, byte[] content) {

    public DraftAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
