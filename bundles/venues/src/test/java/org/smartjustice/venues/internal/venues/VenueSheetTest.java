package org.smartjustice.venues.internal.venues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.sheets.Table;
import org.smartjustice.platform.internal.sheets.CsvTables;
import org.smartjustice.platform.internal.sheets.SpreadsheetService;
import org.smartjustice.platform.internal.sheets.XlsxTables;

class VenueSheetTest {

    @Test
    void startsWithTheUtf8Bom() {
        byte[] csv = new SpreadsheetService().csv(VenueSheet.TEMPLATE);
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
    }

    @Test
    void headerRowIsTheColumnLayoutInOrder() {
        String text = new String(new SpreadsheetService().csv(VenueSheet.TEMPLATE), StandardCharsets.UTF_8).substring(1);
        String header = text.substring(0, text.indexOf("\r\n"));
        assertEquals(String.join(",", VenueColumns.HEADERS.values()), header);
    }

    @Test
    void readsBackAsOneRowWithEveryColumnKnown() throws IOException {
        Table t = CsvTables.read(new SpreadsheetService().csv(VenueSheet.TEMPLATE), null);
        assertEquals(new ArrayList<>(VenueColumns.HEADERS.values()), t.headers());
        assertEquals(List.of(), VenueColumns.unknownHeaders(t.headers()));
        assertEquals(1, t.size());
        assertEquals(List.of(2), t.rowNumbers());
        assertEquals(VenueColumns.HEADERS.size(), VenueSheet.EXAMPLE.size());
        assertEquals("示例公证处（合成数据）", t.rows().get(0).get("名称"));
    }

    @Test
    void theXlsxTemplateReadsBackAsTheExampleRowAndImportsWithoutCellErrors() throws IOException {
        Table t = XlsxTables.read(new SpreadsheetService().xlsx(VenueSheet.TEMPLATE));
        assertEquals(new ArrayList<>(VenueColumns.HEADERS.values()), t.headers());
        assertEquals(List.of(), VenueColumns.unknownHeaders(t.headers()));
        List<String> values = new ArrayList<>();
        for (String header : VenueColumns.HEADERS.values()) {
            values.add(t.rows().get(0).getOrDefault(header, ""));
        }
        assertEquals(VenueSheet.EXAMPLE, values);
        List<FieldError> errors = new ArrayList<>();
        assertNotNull(VenueColumns.toInput(t.rows().get(0), "wgs84", "rows[2].", errors));
        assertEquals(List.of(), errors);
    }
}
