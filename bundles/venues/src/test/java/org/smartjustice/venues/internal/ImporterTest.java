package org.smartjustice.venues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The report of an import stays small whatever the file holds. */
class ImporterTest {

    @Test
    void namesAndUnknownColumnsAreCut() {
        assertEquals(101, Importer.clip("名".repeat(5_000_000)).length(), "100 characters and an ellipsis");
        assertEquals("司法所", Importer.clip("司法所"));
        assertNull(Importer.clip(null));
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            columns.add("列" + i);
        }
        assertEquals(Importer.MAX_IGNORED_COLUMNS, Importer.bounded(columns).size());
        assertEquals(List.of("甲"), Importer.bounded(List.of("甲")));
    }
}
