package org.smartjustice.platform.internal.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class UploadKindTest {

    @Test
    void aWorkbookIsKnownByItsSignatureAndTextIsCsv() throws Exception {
        assertEquals(UploadKind.XLSX, UploadKind.of(new byte[] { 'P', 'K', 3, 4, 20, 0 }));
        assertEquals(UploadKind.CSV, UploadKind.of("类型,名称\n司法所,甲\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(UploadKind.CSV, UploadKind.of("类型,名称\n司法所,甲\n".getBytes(Charset.forName("GB18030"))));
        assertEquals(UploadKind.CSV, UploadKind.of(new byte[0]));
        assertEquals(UploadKind.CSV, UploadKind.of("类型,名称\n司法所,甲\u0000乙\n司法所,丙\n".getBytes(StandardCharsets.UTF_8)),
                "a stray NUL is a bad cell, not a binary file");
    }

    @Test
    void otherFilesAreNamedByWhatTheyAre() {
        assertTrue(kind("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)).contains("PDF"));
        assertTrue(kind(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }).contains(".xls"));
        assertTrue(kind(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10 }).contains("图片"));
        assertTrue(kind(new byte[] { 0x1F, (byte) 0x8B, 8, 0 }).contains("压缩包"));
        assertTrue(kind("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)).contains("HTML"));
        assertTrue(kind("类型,名称\n司法所,甲\n".getBytes(StandardCharsets.UTF_16LE)).contains("二进制"));
        assertTrue(kind("类型,名称".getBytes(StandardCharsets.UTF_16)).contains("UTF-16"), "with its byte order mark");
    }

    private static String kind(byte[] bytes) {
        return assertThrows(UploadKind.Unsupported.class, () -> UploadKind.of(bytes)).detected();
    }
}
