package com.complaints.core.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment content lives (the port). Keys are issued by the storage and always start with the tenant, so
 * one tenant's key never opens another tenant's content.
 */
interface AttachmentStorage {

    /**
     * Stores the content and returns its key, size and SHA-256. Reads at most {@code maxBytes}; more fails with
     * {@link ContentTooLargeException} and stores nothing.
     */
    StoredContent store(String tenant, String name, InputStream content, long maxBytes) throws IOException;

    /** Opens stored content of the tenant; unknown keys and other tenants' keys fail alike. */
    InputStream open(String tenant, String key) throws IOException;

    /** Removes stored content; removing what is not there is no error. */
    void delete(String tenant, String key) throws IOException;

    record StoredContent(String key, long size, String sha256) {
    }

    class ContentTooLargeException extends IOException {
        public ContentTooLargeException(long maxBytes) {
            super("the content exceeds " + maxBytes + " bytes");
        }
    }
}
