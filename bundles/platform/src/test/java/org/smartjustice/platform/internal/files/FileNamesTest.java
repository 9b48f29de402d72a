package org.smartjustice.platform.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aNameKeepsNoPathNoControlAndNoDirectionOverride() {
        assertEquals("人民调解申请书.docx", FileNames.clean("C:\\Users\\张三\\桌面\\人民调解申请书.docx"));
        assertEquals("passwd", FileNames.clean("../../etc/passwd"));
        assertEquals("申请书fdp.exe", FileNames.clean("申请书\u202Efdp.exe"));
        assertEquals("a.pdf", FileNames.clean(" a\u0000\n.pdf "));
        assertEquals("env", FileNames.clean(".env"));
        assertNull(FileNames.clean("/tmp/"));
        assertNull(FileNames.clean(null));
        assertNull(FileNames.clean("文".repeat(256) + ".pdf"));
    }

    @Test
    void attachmentCarriesAnAsciiFallbackAndTheUtf8NamePerRfc6266() {
        assertEquals("attachment; filename=\"______.docx\"; filename*=UTF-8''%E4%BA%BA%E6%B0%91%E8%B0%83%E8%A7%A3"
                + "%E7%94%B3%E8%AF%B7.docx", FileNames.attachment("人民调解申请.docx"));
        assertEquals("attachment; filename=\"a_b_ c.pdf\"; filename*=UTF-8''a%22b%5C%20c.pdf", FileNames.attachment("a\"b\\ c.pdf"));
    }
}
