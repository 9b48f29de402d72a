package org.smartjustice.map.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HexFormat;

/**
 * Validators for the map's answers (the value of a strong ETag). An answer depends on the tenant's venues, on the request (path
 * and query, and the host, since links are absolute) and on this code: the ETag hashes the tenant,
 * the revision of the tenant's venues (VenueDirectory.revision), the request URI and the bundle
 * version. So a host's map widget revalidates cheaply and gets 304 until a venue of that district
 * changes.
 */
final class ETags {

    private ETags() {
    }

    static String of(String representation, String tenant, String revision, String requestUri) {
        String key = representation + '\n' + tenant + '\n' + (revision == null ? "-" : revision) + '\n' + requestUri;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HTTP dates have whole seconds; a sub-second part would make If-Modified-Since never match. */
    static Date lastModified(OffsetDateTime t) {
        return t == null ? null : Date.from(t.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
