package org.smartjustice.platform.internal.files;

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

    /** {@code attachment} with the name per RFC 6266, as every file answer of the product has it. */
    static String attachment(String name) {
        return org.smartjustice.platform.api.rest.Downloads.contentDisposition(name);
    }
}
