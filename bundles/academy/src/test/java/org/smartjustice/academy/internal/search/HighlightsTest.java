package org.smartjustice.academy.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void matchedWordsAreMarkedAndEverythingElseEscaped() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("academy-index");
        try (SearchIndex index = new SearchIndex(dir)) {
            Query q = index.textQuery("法律援助", List.of());
            Highlights h = new Highlights(index.analysis);
            String snippet = h.snippet(q, "<script>alert(1)</script>经济困难的公民可以申请法律援助。");
            assertTrue(snippet.contains("<em>"), snippet);
            assertFalse(snippet.contains("<script>"), snippet);
            assertTrue(snippet.contains("&lt;script&gt;"), snippet);
            assertEquals("公证&amp;调解", h.title(q, "公证&调解"));
        }
    }

}
