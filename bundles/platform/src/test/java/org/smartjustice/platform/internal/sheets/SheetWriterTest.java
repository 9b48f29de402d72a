package org.smartjustice.platform.internal.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetColumn.Format;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.platform.api.sheets.Table;

class SheetWriterTest {

    static final SheetTemplate COLUMNS = new SheetTemplate("成员", List.of(new SheetColumn("姓名", "", Format.GENERAL),
            new SheetColumn("电话", "", Format.TEXT), new SheetColumn("人数", "", Format.NUMBER)));

    @Test
    void csvNeutralisesFormulasButKeepsNumbersAndPhones() {
        String csv = new String(SheetWriter.csv(COLUMNS, List.of(Arrays.asList("=HYPERLINK(\"x\")", "+86 371 6789 0000", "-12"),
                Arrays.asList("张三", null, "3"))), StandardCharsets.UTF_8);
        assertEquals("\uFEFF姓名,电话,人数\r\n\"'=HYPERLINK(\"\"x\"\")\",+86 371 6789 0000,-12\r\n张三,,3\r\n", csv);
        Table back = assertDoesNotThrowRead(csv);
        assertEquals("=HYPERLINK(\"x\")", back.rows().get(0).get("姓名"));
    }

    private static Table assertDoesNotThrowRead(String csv) {
        try {
            return CsvTables.read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 10);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void xlsxWritesMarkedValuesNeverFormulasAndReadsBackTheSame() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.asList("=1+1", "0371-67890000", "12.5"));
        for (int i = 0; i < 500; i++) {
            rows.add(Arrays.asList("成员" + i, "1380000" + String.format("%04d", i), String.valueOf(i)));
        }
        byte[] xlsx = SheetWriter.xlsx(COLUMNS, rows);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var first = book.getSheetAt(0).getRow(1);
            assertEquals(CellType.STRING, first.getCell(0).getCellType());
            assertEquals("'=1+1", first.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
            assertEquals(12.5, first.getCell(2).getNumericCellValue());
        }
        Table back = XlsxTables.read(xlsx, 1000);
        assertEquals(List.of("姓名", "电话", "人数"), back.headers());
        assertEquals(501, back.size());
        assertEquals("=1+1", back.rows().get(0).get("姓名"));
        assertEquals("13800000499", back.rows().get(500).get("电话"));
        assertTrue(back.rows().get(0).get("电话").startsWith("0371"));
    }
}
