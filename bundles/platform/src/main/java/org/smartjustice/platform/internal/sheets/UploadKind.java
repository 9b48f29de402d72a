package org.smartjustice.platform.internal.sheets;

import java.nio.charset.StandardCharsets;

/**
 * What an uploaded file is, by its bytes rather than by what the client's Content-Type says: an
 * XLSX workbook (a ZIP), CSV text, or something else that is named so the user knows what they
 * sent.
 */
public enum UploadKind {
    XLSX, CSV;

    /** A file that is neither, with the kind its bytes show. */
    public static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        private final String detected;

        Unsupported(String detected) {
            super(detected, null, false, false);
            this.detected = detected;
        }

        public String detected() {
            return detected;
        }
    }

    public static UploadKind of(byte[] bytes) throws Unsupported {
        if (starts(bytes, 'P', 'K', 3, 4)) {
            return XLSX;
        }
        String binary = binaryKind(bytes);
        if (binary != null) {
            throw new Unsupported(binary);
        }
        return CSV;
    }

    private static String binaryKind(byte[] b) {
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "旧版 Office 文档（.xls/.doc）或加密的工作簿";
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        if (starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 'G', 'I', 'F', '8')) {
            return "图片";
        }
        if (starts(b, 'P', 'K', 5, 6) || starts(b, 0x1F, 0x8B) || starts(b, 'R', 'a', 'r', '!') || starts(b, '7', 'z', 0xBC, 0xAF)) {
            return "压缩包";
        }
        if (starts(b, 0x7F, 'E', 'L', 'F') || starts(b, 'M', 'Z')) {
            return "可执行程序";
        }
        if (starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF)) {
            return "UTF-16 文本（请另存为 UTF-8 或 GB18030 编码的 CSV）";
        }
        if (startsWithMarkup(b)) {
            return "HTML/XML 文档";
        }
        // UTF-16 text and binaries are full of NUL bytes; a stray NUL in a CSV cell is that row's
        // problem (it is rejected, naming the field), not the file's.
        int n = Math.min(b.length, 8192);
        int nuls = 0;
        for (int i = 0; i < n; i++) {
            nuls += b[i] == 0 ? 1 : 0;
        }
        return nuls * 20 > n ? "二进制文件" : null;
    }

    private static boolean startsWithMarkup(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 64), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<?xml") || head.startsWith("<!doctype") || head.startsWith("<html");
    }

    /** Whether the bytes begin with the signature. */
    static boolean starts(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
