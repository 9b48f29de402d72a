package org.smartjustice.platform.api.rest;

import java.util.Map;
import java.util.Objects;

/**
 * An uploaded file, as a resource method's body parameter: the platform reads it from the raw
 * request body (any declared type) or from a {@code multipart/form-data} form (the part named
 * {@code file}, else the first file part; the other fields are kept), refusing a body over the
 * limit ({@link UploadLimit}, else {@value #DEFAULT_LIMIT_MIB} MiB) with 413 {@code file-too-large}.
 *
 * @param fileName    the UTF-8 file name the client gave, or null
 * @param contentType the type the client declared for the file, or null; never trusted for what the file is
 * @param fields      the form's other fields (multipart only), by name
 * @param bytes       the file's content
 */
public record Upload(String fileName, String contentType, Map<String, String> fields, byte[] bytes) {

    public static final int DEFAULT_LIMIT_MIB = 20;

    public Upload {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        Objects.requireNonNull(bytes, "bytes");
    }

    /** A form field, or the fallback (e.g. a query parameter) when the form has none. */
    public String field(String name, String fallback) {
        String v = fields.get(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
