package org.smartjustice.academy.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.academy.api.ContentKind;

/** The demo items read from the bundle: as many as docs/academy.md says, marked 示例, templates as Word documents. */
class DemoItemsTest {

    @Test
    void seventyItemsMarkedAsDemoWithTheirTemplatesWritten() {
        List<DemoItems.Demo> demos = DemoItems.read();
        assertEquals(70, demos.size());
        for (DemoItems.Demo d : demos) {
            assertNotNull(d.input().kind(), d.input().title());
            assertTrue(d.input().source() != null && d.input().source().contains("示例"), d.input().title());
            if (d.input().kind() == ContentKind.DOCUMENT_TEMPLATE) {
                assertNotNull(d.file(), d.input().title());
                assertEquals("PK", new String(d.file(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII));
                assertTrue(d.fileName().endsWith(".docx"));
            }
        }
        assertEquals(12, demos.stream().filter(d -> d.file() != null).count());
        assertEquals(17, demos.stream().filter(d -> d.input().kind() == ContentKind.PROCEDURE).count());
        assertEquals(23, demos.stream().filter(d -> d.input().kind() == ContentKind.FAQ).count());
    }
}
