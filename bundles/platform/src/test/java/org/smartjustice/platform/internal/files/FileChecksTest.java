package org.smartjustice.platform.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.files.FileKind;
import org.smartjustice.platform.api.files.FileType;
import org.smartjustice.platform.api.problem.ProblemException;

class FileChecksTest {

    @Test
    void eachDocumentTypeIsKnownByItsBytes() throws Exception {
        assertEquals(FileType.PDF, FileChecks.check(FileKind.DOCUMENT, "法律援助申请表.pdf", SampleFiles.pdf(), "file"));
        assertEquals(FileType.DOCX, FileChecks.check(FileKind.DOCUMENT, "人民调解申请书.docx", SampleFiles.docx(), "file"));
        assertEquals(FileType.XLSX, FileChecks.check(FileKind.DOCUMENT, "登记表.XLSX", SampleFiles.xlsx(), "file"));
        assertEquals(FileType.XLS, FileChecks.check(FileKind.DOCUMENT, "登记表.xls", SampleFiles.xls(), "file"));
        assertEquals(FileType.DOC, FileChecks.check(FileKind.DOCUMENT, "行政复议申请书.doc", SampleFiles.doc(), "file"));
        assertEquals(FileType.WPS, FileChecks.check(FileKind.DOCUMENT, "行政复议申请书.wps", SampleFiles.doc(), "file"));
        assertEquals(FileType.PNG, FileChecks.check(FileKind.IMAGE, "现场.png", SampleFiles.png(), "photo"));
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsNameSaysIsRefusedNamingTheField() throws Exception {
        assertRefused(FileKind.DOCUMENT, "申请书.docx", SampleFiles.xlsx(), "内容与文件名不符");
        assertRefused(FileKind.DOCUMENT, "申请书.pdf", SampleFiles.docx(), "内容与文件名不符");
        assertRefused(FileKind.DOCUMENT, "申请书.doc", SampleFiles.xls(), "内容与文件名不符");
        assertRefused(FileKind.DOCUMENT, "申请书.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "内容与文件名不符");
        assertRefused(FileKind.DOCUMENT, "申请书.docx", "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1),
                "内容与文件名不符");
    }

    @Test
    void aTypeTheKindDoesNotTakeOrAnEmptyFileIsRefused() throws Exception {
        assertRefused(FileKind.DOCUMENT, "setup.exe", new byte[] { 'M', 'Z', 0, 0 }, ".docx");
        assertRefused(FileKind.DOCUMENT, "现场.png", SampleFiles.png(), ".pdf");
        assertRefused(FileKind.IMAGE, "申请书.pdf", SampleFiles.pdf(), ".png");
        assertRefused(FileKind.DOCUMENT, "申请书.pdf", new byte[0], "为空");
    }

    @Test
    void aPackageThatUnpacksToMoreThanTheBoundIsRefusedAsABomb() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i <= FileChecks.MAX_INFLATED_MIB; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(out.size() < 1024 * 1024, "the bomb is small: " + out.size());
        assertRefused(FileKind.DOCUMENT, "申请书.docx", out.toByteArray(), "压缩炸弹");
    }

    private static void assertRefused(FileKind kind, String name, byte[] bytes, String says) {
        ProblemException e = assertThrows(ProblemException.class, () -> FileChecks.check(kind, name, bytes, "file"));
        assertEquals(400, e.status());
        assertEquals("file", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains(says), e.errors().get(0).message());
    }
}
