package org.smartjustice.platform.api.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/**
 * Every file a module answers with (sheets, documents, dossiers, the corpus) goes out the same way:
 * the media type the module chose (never the caller's), {@code Content-Disposition: attachment} with
 * the name per RFC 6266, {@code nosniff}, and {@code no-store} when personal data is inside so that no
 * proxy or browser cache keeps a copy.
 *
 * @since 2.1
 */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";

    /** Whether a file holds personal data (names with phone numbers, learners' records, unmasked mobiles). */
    public enum Contents {
        NO_PERSONAL_DATA,
        PERSONAL_DATA
    }

    private Downloads() {
    }

    /**
     * @param body      bytes, a {@code StreamingOutput} or anything the JAX-RS runtime writes as is
     * @param mediaType e.g. {@link #XLSX}
     * @param fileName  the name users see, any characters (Chinese included)
     * @return the answer, for the caller to add headers (an ETag) and build
     */
    public static Response.ResponseBuilder attachment(Object body, String mediaType, String fileName, Contents contents) {
        Response.ResponseBuilder answer = Response.ok(body, mediaType)
                .header("Content-Disposition", contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff");
        return contents == Contents.PERSONAL_DATA ? answer.header(HttpHeaders.CACHE_CONTROL, "no-store") : answer;
    }

    /**
     * {@code attachment} with an ASCII {@code filename} for old clients and the UTF-8 name as
     * {@code filename*} (RFC 6266 §4.3, RFC 8187), which every current browser prefers. Quotes,
     * backslashes and control characters never reach the header unencoded.
     */
    public static String contentDisposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName;
        StringBuilder ascii = new StringBuilder(name.length());
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            boolean control = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
            int kept = control ? '_' : c;
            safe.appendCodePoint(kept);
            ascii.append(kept >= 0x20 && kept < 0x7F && kept != '"' && kept != '\\' && kept != '%' ? (char) kept : '_');
        });
        String encoded = URLEncoder.encode(safe.toString(), StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
