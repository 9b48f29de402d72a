package org.smartjustice.platform.api.files;

import java.time.OffsetDateTime;

/**
 * A file as the platform keeps it: its content is read through {@link Files}.
 *
 * @param id        the file's id (UUID)
 * @param tenant    the tenant that owns it
 * @param kind      what it is kept for
 * @param type      the type detected from its bytes (never the one the client declared)
 * @param name      its UTF-8 file name, without any path
 * @param size      bytes
 * @param sha256    the SHA-256 of its content, lower-case hex
 * @param createdAt when it was stored
 * @param createdBy who stored it
 */
public record StoredFile(String id, String tenant, FileKind kind, FileType type, String name, long size, String sha256,
                         OffsetDateTime createdAt, String createdBy) {

    public String mediaType() {
        return type.mediaType();
    }
}
