package org.smartjustice.platform.internal.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetFormat;
import org.smartjustice.platform.api.sheets.SheetTemplate;

/** Every sheet a module answers with goes out one way: named, typed, formula-safe, not cached when personal. */
class DownloadAnswersTest {

    private static final SheetTemplate COLUMNS = new SheetTemplate("成员", List.of(new SheetColumn("姓名", "", null),
            new SheetColumn("手机号码", "", SheetColumn.Format.TEXT)));

    @Test
    void personalDataIsNeverStoredByCaches() {
        Response personal = new SpreadsheetService().download(SheetFormat.CSV, "成员", COLUMNS,
                List.of(List.of("张三", "13912345678")), Downloads.Contents.PERSONAL_DATA);
        assertEquals("no-store", personal.getHeaderString("Cache-Control"));
        assertEquals("nosniff", personal.getHeaderString("X-Content-Type-Options"));
        assertEquals(javax.ws.rs.core.MediaType.valueOf(Downloads.CSV), personal.getMediaType());
        assertTrue(personal.getHeaderString("Content-Disposition").endsWith("filename*=UTF-8''%E6%88%90%E5%91%98.csv"));
        Response open = new SpreadsheetService().download(SheetFormat.XLSX, "template", COLUMNS, List.of(),
                Downloads.Contents.NO_PERSONAL_DATA);
        assertNull(open.getHeaderString("Cache-Control"));
        assertEquals(javax.ws.rs.core.MediaType.valueOf(Downloads.XLSX), open.getMediaType());
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        Response r = new SpreadsheetService().download(SheetFormat.CSV, "x", COLUMNS, List.of(List.of("=HYPERLINK(\"x\")", "")),
                Downloads.Contents.NO_PERSONAL_DATA);
        String csv = new String((byte[]) r.getEntity(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("'=HYPERLINK"), csv);
    }

    @Test
    void aFormatOtherThanCsvOrXlsxIsRefusedNamingTheParameter() {
        assertEquals(SheetFormat.CSV, SheetFormat.of(null, SheetFormat.CSV));
        assertEquals(SheetFormat.XLSX, SheetFormat.of(" XLSX ", SheetFormat.CSV));
        ProblemException e = assertThrows(ProblemException.class, () -> SheetFormat.of("pdf", SheetFormat.CSV));
        assertEquals("format", e.errors().get(0).field());
    }
}
