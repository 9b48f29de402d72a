package org.smartjustice.venues.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void startsWithTheUtf8Bom() {
        byte[] csv = Templates.csv();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
    }

    @Test
    void headerRowIsTheColumnLayoutInOrder() {
        String text = new String(Templates.csv(), StandardCharsets.UTF_8).substring(1);
        String header = text.substring(0, text.indexOf("\r\n"));
        assertEquals(String.join(",", Columns.HEADERS.values()), header);
    }

    @Test
    void readsBackAsOneRowWithEveryColumnKnown() throws IOException {
        Table t = CsvTables.read(Templates.csv(), null);
        assertEquals(new ArrayList<>(Columns.HEADERS.values()), t.headers());
        assertEquals(List.of(), Columns.unknownHeaders(t.headers()));
        assertEquals(1, t.size());
        assertEquals(List.of(2), t.rowNumbers());
        assertEquals(Columns.HEADERS.size(), Templates.EXAMPLE.size());
        assertEquals("示例公证处（合成数据）", t.rows().get(0).get("名称"));
    }
}
