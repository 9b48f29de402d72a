package org.smartjustice.platform.internal.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.sheets.Table;

class CsvTablesTest {

    static final String CSV = "类型,名称,地址\r\n"
            + "公证处,郑州市中原公证处,郑州市中原区建设西路 1 号\r\n"
            + "律师事务所,河南某某律师事务所,郑州市中原区桐柏路 88 号\r\n";

    static final List<String> HEADERS = List.of("类型", "名称", "地址");

    static final Charset GB18030 = Charset.forName("GB18030");

    private static byte[] bom(byte[] body) {
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    private static void assertExample(Table t) {
        assertEquals(HEADERS, t.headers());
        assertEquals(2, t.size());
        assertEquals(Map.of("类型", "公证处", "名称", "郑州市中原公证处", "地址", "郑州市中原区建设西路 1 号"), t.rows().get(0));
        assertEquals("河南某某律师事务所", t.rows().get(1).get("名称"));
        assertEquals(List.of(2, 3), t.rowNumbers());
    }

    @Test
    void utf8WithBom() throws IOException {
        Table t = CsvTables.read(bom(CSV.getBytes(StandardCharsets.UTF_8)), null);
        assertExample(t);
        // the BOM does not end up in the first header
        assertEquals("类型", t.headers().get(0));
    }

    @Test
    void utf8WithoutBom() throws IOException {
        assertExample(CsvTables.read(CSV.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void gb18030IsDetected() throws IOException {
        byte[] bytes = CSV.getBytes(GB18030);
        assertNotEquals(CSV, new String(bytes, StandardCharsets.UTF_8)); // really not UTF-8
        assertExample(CsvTables.read(bytes, null));
    }

    @Test
    void allEncodingsReadTheSame() throws IOException {
        Table utf8 = CsvTables.read(CSV.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(utf8, CsvTables.read(bom(CSV.getBytes(StandardCharsets.UTF_8)), null));
        assertEquals(utf8, CsvTables.read(CSV.getBytes(GB18030), null));
        assertEquals(utf8, CsvTables.read(CSV.getBytes(GB18030), GB18030));
    }

    @Test
    void declaredCharsetIsHonoured() throws IOException {
        // 0xE9 followed by ',' is not UTF-8 and not GB18030 either
        byte[] latin1 = "name,city\r\nCafé,Zürich\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Table t = CsvTables.read(latin1, StandardCharsets.ISO_8859_1);
        assertEquals(List.of("name", "city"), t.headers());
        assertEquals("Café", t.rows().get(0).get("name"));
        assertEquals("Zürich", t.rows().get(0).get("city"));
        // undeclared, these bytes are neither UTF-8 nor GB18030 and are refused rather than guessed
        assertThrows(CharacterCodingException.class, () -> CsvTables.read(latin1, null));
    }

    @Test
    void declaredCharsetIsStrict() {
        // GB18030 bytes declared as UTF-8 are refused instead of read as garbage
        assertThrows(CharacterCodingException.class, () -> CsvTables.read(CSV.getBytes(GB18030), StandardCharsets.UTF_8));
    }

    @Test
    void anUnterminatedQuoteIsAnIoErrorNotACrash() {
        byte[] csv = "名称,地址\n\"甲,一号\n乙,二号\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> CsvTables.read(csv, null));
    }

    @Test
    void blankLinesAndEmptyRowsAreSkipped() throws IOException {
        String csv = "名称,地址\n\n甲,一号\n\n\n ,  \n,\n乙,二号\n\n";
        Table t = CsvTables.read(csv.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(2, t.size());
        assertEquals("甲", t.rows().get(0).get("名称"));
        assertEquals("乙", t.rows().get(1).get("名称"));
        assertEquals(t.size(), t.rowNumbers().size());
    }

    @Test
    void rowNumbersAreSpreadsheetRowsEvenAfterBlankLines() throws IOException {
        // line 1 header, 2 empty, 3 甲, 4-5 empty, 6-7 empty cells, 8 乙
        String csv = "名称,地址\n\n甲,一号\n\n\n ,  \n,\n乙,二号\n\n";
        Table t = CsvTables.read(csv.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(3, 8), t.rowNumbers());
    }

    @Test
    void firstDataRowIsRowTwo() throws IOException {
        Table t = CsvTables.read("名称\n甲\n乙\n丙\n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(2, 3, 4), t.rowNumbers());
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() throws IOException {
        String csv = "名称,服务项目,简介\r\n"
                + "\"甲,公证处\",\"公证，法律咨询\",\"第一行\r\n第二行\"\r\n"
                + "乙,\"说\"\"好\"\"\",\"\"\r\n";
        Table t = CsvTables.read(csv.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(2, t.size());
        assertEquals("甲,公证处", t.rows().get(0).get("名称"));
        assertEquals("公证，法律咨询", t.rows().get(0).get("服务项目"));
        assertEquals("第一行\r\n第二行", t.rows().get(0).get("简介"));
        assertEquals("说\"好\"", t.rows().get(1).get("服务项目"));
        // a line break inside a cell does not shift the numbers users see in their spreadsheet
        assertEquals(List.of(2, 3), t.rowNumbers());
    }

    @Test
    void cellsAndHeadersAreTrimmedAndShortRowsKeepTheirCells() throws IOException {
        String csv = " 名称 , 地址 ,电话\n  甲  ,一号\n";
        Table t = CsvTables.read(csv.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("名称", "地址", "电话"), t.headers());
        assertEquals(Map.of("名称", "甲", "地址", "一号"), t.rows().get(0));
    }

    @Test
    void readingStopsAtTheFirstRowPastTheLimit() throws IOException {
        StringBuilder csv = new StringBuilder("名称\n");
        for (int i = 0; i < 1_000; i++) {
            csv.append("甲").append(i).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        TooManyRows e = assertThrows(TooManyRows.class, () -> CsvTables.read(bytes, null, 999));
        assertEquals(999, e.limit());
        assertEquals(1_000, CsvTables.read(bytes, null, 1_000).size());
        // Blank lines do not count.
        assertEquals(2, CsvTables.read("名称\n甲\n\n,\n乙\n".getBytes(StandardCharsets.UTF_8), null, 2).size());
    }

    @Test
    void cellsLongerThanExcelAllowsAndTablesWiderThanAThousandColumnsAreRefused() throws IOException {
        IOException cell = assertThrows(IOException.class, () -> CsvTables.read(
                ("名称\n" + "长".repeat(40_000) + "\n").getBytes(StandardCharsets.UTF_8), null));
        assertTrue(cell.getMessage().contains("32767"), cell.getMessage());
        StringBuilder wide = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            wide.append(i == 0 ? "" : ",").append("列").append(i);
        }
        assertThrows(IOException.class, () -> CsvTables.read((wide + "\n1\n").getBytes(StandardCharsets.UTF_8), null));
    }
}
