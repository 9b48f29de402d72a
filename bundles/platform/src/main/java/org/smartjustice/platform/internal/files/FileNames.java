package org.smartjustice.platform.internal.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** File names as users gave them, made safe to keep and to send back (RFC 6266). */
final class FileNames {

    static final int MAX = 255;

    private FileNames() {
    }

    /**
     * The name without any path, control or bidirectional-override characters (which make
     * {@code 申请书‮fdp.exe} look like a PDF), trimmed; null when nothing usable is left.
     */
    static String clean(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder(base.length());
        base.codePoints().filter(c -> !Character.isISOControl(c) && !isBidiControl(c)
                && Character.getType(c) != Character.FORMAT).forEach(out::appendCodePoint);
        String cleaned = out.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1).strip();
        }
        if (cleaned.isEmpty() || cleaned.length() > MAX) {
            return null;
        }
        return cleaned;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /**
     * {@code attachment} with an ASCII {@code filename} for old clients and the UTF-8 name as
     * {@code filename*} (RFC 6266 §4.3, RFC 8187), which every current browser prefers.
     */
    static String attachment(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
