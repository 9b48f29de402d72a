package org.smartjustice.platform.internal.sheets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.platform.api.sheets.Table;

class XlsxTablesTest {

    private static byte[] bytes(Workbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A workbook with one sheet whose rows are given as text cells, null for no cell. */
    private static byte[] sheet(String[]... rows) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("数据");
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
        return bytes(wb);
    }

    @Test
    void sharedStringsHeadersRowsAndRowNumbers() throws IOException {
        Table t = XlsxTables.read(sheet(
                new String[] {"类型", "名称", "地址"},
                new String[] {"公证处", "郑州市中原公证处", "郑州市中原区建设西路 1 号"},
                new String[] {"律师事务所", "河南某某律师事务所", "郑州市中原区桐柏路 88 号"}));
        assertEquals(List.of("类型", "名称", "地址"), t.headers());
        assertEquals(2, t.size());
        assertEquals(Map.of("类型", "公证处", "名称", "郑州市中原公证处", "地址", "郑州市中原区建设西路 1 号"), t.rows().get(0));
        assertEquals("河南某某律师事务所", t.rows().get(1).get("名称"));
        assertEquals(List.of(2, 3), t.rowNumbers());
    }

    @Test
    void readsTheSameAsTheCsvOfTheSameSheet() throws IOException {
        Table xlsx = XlsxTables.read(sheet(
                new String[] {"类型", "名称", "地址"},
                new String[] {"公证处", "郑州市中原公证处", "郑州市中原区建设西路 1 号"},
                new String[] {"律师事务所", "河南某某律师事务所", "郑州市中原区桐柏路 88 号"}));
        assertEquals(CsvTables.read(CsvTablesTest.CSV.getBytes(StandardCharsets.UTF_8), null), xlsx);
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersAreTheSheets() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet();
        s.createRow(0).createCell(0).setCellValue("名称");
        s.getRow(0).createCell(1).setCellValue("地址");
        s.createRow(2).createCell(0).setCellValue("甲");
        XSSFRow spaces = s.createRow(3);
        spaces.createCell(0).setCellValue("  ");
        spaces.createCell(1).setCellValue("");
        XSSFRow styledOnly = s.createRow(4);
        CellStyle bold = wb.createCellStyle();
        styledOnly.createCell(0).setCellStyle(bold);
        styledOnly.createCell(1).setCellStyle(bold);
        s.createRow(5);
        s.createRow(7).createCell(1).setCellValue("二号");
        Table t = XlsxTables.read(bytes(wb));
        assertEquals(List.of(3, 8), t.rowNumbers());
        assertEquals(Map.of("名称", "甲"), t.rows().get(0));
        assertEquals(Map.of("地址", "二号"), t.rows().get(1));
    }

    @Test
    void cellsKeepTheirColumnAcrossGapsAndCellsRightOfTheHeadersAreIgnored() throws IOException {
        Table t = XlsxTables.read(sheet(
                new String[] {" 名称 ", "电话", " 地址", null, "备注"},
                new String[] {"  甲  ", null, "一号", "无表头", null, "更远"},
                new String[] {null, null, null, null, null, null, "只有表头外的内容"}));
        assertEquals(List.of("名称", "电话", "地址", "", "备注"), t.headers());
        assertEquals(1, t.size());
        Map<String, String> row = t.rows().get(0);
        assertEquals("甲", row.get("名称"));
        assertEquals("一号", row.get("地址"));
        assertFalse(row.containsKey("电话"));
        assertEquals("无表头", row.get(""));
        assertFalse(row.containsValue("更远"));
    }

    @Test
    void numbersAreTextAsTyped() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet();
        String[] headers = {"整数", "经度", "纬度", "电话", "和", "两位小数显示", "百分比", "小数", "真假", "日期", "千分位", "负数", "公式数", "公式文本"};
        XSSFRow h = s.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            h.createCell(i).setCellValue(headers[i]);
        }
        XSSFRow r = s.createRow(1);
        r.createCell(0).setCellValue(410102001d);
        r.createCell(1).setCellValue(113.6201);
        r.createCell(2).setCellValue(34.7512345678);
        r.createCell(3).setCellValue(13800001234d);
        r.createCell(4).setCellValue(0.1 + 0.2);
        CellStyle twoDigits = wb.createCellStyle();
        twoDigits.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        XSSFCell rounded = r.createCell(5);
        rounded.setCellValue(113.6201);
        rounded.setCellStyle(twoDigits);
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        XSSFCell pct = r.createCell(6);
        pct.setCellValue(0.5);
        pct.setCellStyle(percent);
        r.createCell(7).setCellValue(0.00001);
        r.createCell(8).setCellValue(true);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        XSSFCell day = r.createCell(9);
        day.setCellValue(LocalDate.of(2024, 1, 5));
        day.setCellStyle(date);
        CellStyle thousands = wb.createCellStyle();
        thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        XSSFCell grouped = r.createCell(10);
        grouped.setCellValue(1234567d);
        grouped.setCellStyle(thousands);
        r.createCell(11).setCellValue(-2.5);
        r.createCell(12).setCellFormula("A2+1");
        r.createCell(13).setCellFormula("\"中原\"&\"区\"");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

        Map<String, String> row = XlsxTables.read(bytes(wb)).rows().get(0);
        assertEquals("410102001", row.get("整数"));
        assertEquals("113.6201", row.get("经度"));
        assertEquals("34.7512345678", row.get("纬度"));
        assertEquals("13800001234", row.get("电话"));
        assertEquals("0.3", row.get("和"));
        assertEquals("113.6201", row.get("两位小数显示"));
        assertEquals("0.5", row.get("百分比"));
        assertEquals("0.00001", row.get("小数"));
        assertEquals("TRUE", row.get("真假"));
        assertEquals("2024-01-05", row.get("日期"));
        assertEquals("1234567", row.get("千分位"));
        assertEquals("-2.5", row.get("负数"));
        assertEquals("410102002", row.get("公式数"));
        assertEquals("中原区", row.get("公式文本"));
    }

    @Test
    void generalNumberText() {
        assertEquals("0", CellText.number(0));
        assertEquals("0", CellText.number(-0.0));
        assertEquals("113.62", CellText.number(113.62));
        assertEquals("1", CellText.number(1.0));
        assertEquals("100000000000000000000", CellText.number(1e20));
        assertEquals("0.000000001", CellText.number(1e-9));
        assertEquals("113.620123456789", CellText.number(113.62012345678912));
    }

    @Test
    void inlineStringsAsStreamingWritersWriteThem() throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook();
        Sheet s = wb.createSheet("流式");
        Row h = s.createRow(0);
        h.createCell(0).setCellValue("名称");
        h.createCell(1).setCellValue("经度");
        Row r = s.createRow(1);
        r.createCell(0).setCellValue("内联字符串司法所");
        r.createCell(1).setCellValue(113.58);
        byte[] bytes;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            wb.dispose();
            wb.close();
            bytes = out.toByteArray();
        }
        assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("sheet1.xml"));
        Table t = XlsxTables.read(bytes);
        assertEquals(Map.of("名称", "内联字符串司法所", "经度", "113.58"), t.rows().get(0));
        assertEquals(List.of(2), t.rowNumbers());
    }

    /** A minimal workbook as other software writes it: no styles, inline strings, raw numbers, booleans. */
    static byte[] minimal(String sheetXml) throws IOException {
        return minimal(sheetXml, null);
    }

    static byte[] minimal(String sheetXml, String sharedStrings) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + "</Relationships>");
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sharedStrings + "</sst>");
        }
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheetXml + "</sheetData></worksheet>");
        return zip(parts);
    }

    static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void minimalWorkbookWithoutStylesOrSharedStrings() throws IOException {
        Table t = XlsxTables.read(minimal(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>经度</t></is></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t>信用代码已核实</t></is></c>"
                        + "<c r=\"D1\" t=\"inlineStr\"><is><r><t>机构</t></r><r><t>电话</t></r></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>甲</t></is></c><c r=\"B2\"><v>113.60</v></c>"
                        + "<c r=\"C2\" t=\"b\"><v>0</v></c><c r=\"D2\"><v>3.71E9</v></c></row>"
                        + "<row r=\"5\"><c r=\"B5\"><v>1.0</v></c><c r=\"C5\"/></row>"));
        assertEquals(List.of("名称", "经度", "信用代码已核实", "机构电话"), t.headers());
        assertEquals(Map.of("名称", "甲", "经度", "113.6", "信用代码已核实", "FALSE", "机构电话", "3710000000"), t.rows().get(0));
        assertEquals(Map.of("经度", "1"), t.rows().get(1));
        assertEquals(List.of(2, 5), t.rowNumbers());
    }

    @Test
    void richTextPhoneticGuidesEscapesErrorsAndRowsWithoutReferences() throws IOException {
        String sst = "<si><t>名称</t></si>"
                + "<si><r><rPr><b/></rPr><t>中原</t></r><r><t>公证处</t></r><rPh sb=\"0\" eb=\"2\"><t>zhongyuan</t></rPh></si>"
                + "<si><t>第一行_x000D_\n第二行</t></si>"
                + "<si><t>a_x005F_x000D_b</t></si>";
        Table t = XlsxTables.read(minimal(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>说</t></r><r><t>明</t></r><rPh><t>shuoming</t></rPh></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>2</v></c></row>"
                        + "<row><c t=\"s\"><v>3</v></c><c t=\"e\"><f>NA()</f><v>#N/A</v></c></row>", sst));
        assertEquals(List.of("名称", "说明"), t.headers());
        assertEquals(Map.of("名称", "中原公证处", "说明", "第一行\r\n第二行"), t.rows().get(0));
        assertEquals(Map.of("名称", "a_x000D_b", "说明", "#N/A"), t.rows().get(1));
        assertEquals(List.of(2, 3), t.rowNumbers());

        IOException e = assertThrows(IOException.class, () -> XlsxTables.read(minimal(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>", sst)));
        assertTrue(e.getMessage().contains("无法读取"), e.getMessage());
    }

    @Test
    void escapes() {
        assertEquals("", SheetHandler.decode(""));
        assertEquals("a\tb", SheetHandler.decode("a_x0009_b"));
        assertEquals("_x00G0_ _x1", SheetHandler.decode("_x00G0_ _x1"));
        assertEquals("__x000D_", SheetHandler.decode("__x005F_x000D_"));
    }

    @Test
    void onlyTheFirstSheetInTabOrderIsRead() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("第二").createRow(0).createCell(0).setCellValue("不是我");
        wb.getSheet("第二").createRow(1).createCell(0).setCellValue("第二页");
        XSSFSheet first = wb.createSheet("第一");
        first.createRow(0).createCell(0).setCellValue("名称");
        first.createRow(1).createCell(0).setCellValue("第一页");
        wb.setSheetOrder("第一", 0);
        Table t = XlsxTables.read(bytes(wb));
        assertEquals(List.of("名称"), t.headers());
        assertEquals("第一页", t.rows().get(0).get("名称"));
        assertEquals(1, t.size());
    }

    static final SheetTemplate TEMPLATE = new SheetTemplate("导入模板", List.of(
            new SheetColumn("名称", "示例公证处（合成数据）", SheetColumn.Format.GENERAL),
            new SheetColumn("乡镇街道代码", "410102001", SheetColumn.Format.TEXT),
            new SheetColumn("经度", "113.62", SheetColumn.Format.NUMBER),
            new SheetColumn("简介", "合成的示例数据，导入前请删除本行，这一列比别的列宽", SheetColumn.Format.GENERAL),
            new SheetColumn("层级", "", SheetColumn.Format.GENERAL)));

    @Test
    void templateIsOneSheetWithBoldHeadersAndTheExampleRow() throws IOException {
        byte[] bytes = XlsxTables.template(TEMPLATE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(1, wb.getNumberOfSheets());
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("导入模板", s.getSheetName());
            List<String> headers = new ArrayList<>();
            for (Cell c : s.getRow(0)) {
                headers.add(c.getStringCellValue());
                assertTrue(wb.getFontAt(c.getCellStyle().getFontIndex()).getBold(), c.getStringCellValue());
            }
            assertEquals(TEMPLATE.headers(), headers);
            assertEquals(113.62, s.getRow(1).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals("410102001", s.getRow(1).getCell(1).getStringCellValue());
            assertEquals("@", s.getRow(1).getCell(1).getCellStyle().getDataFormatString());
            assertEquals("@", s.getColumnStyle(1).getDataFormatString());
            assertNotNull(s.getPaneInformation());
            for (int i = 0; i < headers.size(); i++) {
                int width = s.getColumnWidth(i) / 256;
                assertTrue(width >= 8 && width <= 60, headers.get(i) + " " + width);
            }
            assertTrue(s.getColumnWidth(3) > s.getColumnWidth(4), "the description column is wider than 层级");
        }
    }

    @Test
    void templateReadsBackAsTheExampleRowLikeTheCsvTemplate() throws IOException {
        Table t = XlsxTables.read(XlsxTables.template(TEMPLATE));
        assertEquals(TEMPLATE.headers(), t.headers());
        assertEquals(1, t.size());
        assertEquals(List.of(2), t.rowNumbers());
        for (SheetColumn c : TEMPLATE.columns()) {
            assertEquals(c.example(), t.rows().get(0).getOrDefault(c.header(), ""), c.header());
        }
        Table csv = CsvTables.read(new SpreadsheetService().csv(TEMPLATE), null);
        csv.rows().get(0).forEach((header, value) -> assertEquals(value, t.rows().get(0).getOrDefault(header, ""), header));
    }

    @Test
    void whatIsNotXlsxIsRefused() throws IOException {
        assertThrows(IOException.class, () -> XlsxTables.read(new byte[0]));
        assertThrows(IOException.class, () -> XlsxTables.read(CsvTablesTest.CSV.getBytes(StandardCharsets.UTF_8)));
        byte[] ole2 = new byte[512];
        ole2[0] = (byte) 0xD0;
        ole2[1] = (byte) 0xCF;
        ole2[2] = (byte) 0x11;
        ole2[3] = (byte) 0xE0;
        IOException xls = assertThrows(IOException.class, () -> XlsxTables.read(ole2));
        assertTrue(xls.getMessage().contains(".xls"), xls.getMessage());
        // a ZIP, but no Office document
        assertThrows(IOException.class, () -> XlsxTables.read(zip(Map.of("readme.txt", "你好"))));
        // an Office package without a workbook
        assertThrows(IOException.class, () -> XlsxTables.read(zip(Map.of("[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"))));
        // a cut-off upload
        byte[] whole = sheet(new String[] {"名称"}, new String[] {"甲"});
        assertThrows(IOException.class, () -> XlsxTables.read(Arrays.copyOf(whole, whole.length / 2)));
        // a sheet that is not XML
        assertThrows(IOException.class, () -> XlsxTables.read(minimal("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t>")));
    }

    @Test
    void zipBombsAreRefusedByWhatTheyInflateTo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 3; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Files.write(file, out.toByteArray());
        IOException e = assertThrows(IOException.class, () -> ZipLimits.check(file, 2L * 1024 * 1024, 8L * 1024 * 1024));
        assertTrue(e.getMessage().contains("压缩炸弹"), e.getMessage());
        ZipLimits.check(file, 4L * 1024 * 1024, 8L * 1024 * 1024);
        assertThrows(IOException.class, () -> ZipLimits.check(file, 4L * 1024 * 1024, 2L * 1024 * 1024));
    }

    @Test
    void aRealBombThroughRead() throws IOException {
        // 300 MB of one repeated row, deflated to well under 1 MB: more than any part may inflate to.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] chunk = "<row><c t=\"inlineStr\"><is><t>炸弹</t></is></c></row>".repeat(20_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= ZipLimits.MAX_ENTRY_BYTES; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        assertTrue(out.size() < 4 * 1024 * 1024, "compressed " + out.size());
        IOException e = assertThrows(IOException.class, () -> XlsxTables.read(out.toByteArray()));
        assertTrue(e.getMessage().contains("压缩炸弹"), e.getMessage());
    }

    @Test
    void duplicateEntryNamesAreRefused() throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("xl/aaaa.xml", "<a/>");
        parts.put("xl/bbbb.xml", "<b/>");
        byte[] zip = zip(parts);
        // rename the second entry to the first one's name, in its local header and the central directory
        String text = new String(zip, StandardCharsets.ISO_8859_1).replace("xl/bbbb.xml", "xl/AAAA.xml");
        byte[] duplicated = text.getBytes(StandardCharsets.ISO_8859_1);
        IOException e = assertThrows(IOException.class, () -> XlsxTables.read(duplicated));
        assertTrue(e.getMessage().contains("重复"), e.getMessage());
    }

    @Test
    void sheetTextBeyondTheLimitIsRefused() {
        SheetRows rows = new SheetRows(10);
        rows.startRow(0);
        rows.cell("A1", "名称");
        rows.endRow(0);
        rows.startRow(1);
        rows.cell("A2", "一二三四五");
        assertThrows(SheetRows.TooLarge.class, () -> rows.cell("A3", "六七八九十"));

        SheetHandler.SharedStrings strings = new SheetHandler.SharedStrings(4);
        strings.startElement("", "si", "si", null);
        strings.startElement("", "t", "t", null);
        strings.characters("一二三".toCharArray(), 0, 3);
        assertThrows(SheetRows.TooLarge.class, () -> strings.characters("四五".toCharArray(), 0, 2));

        // and it leaves the XML parser as it is, for read() to turn into an IOException
        XMLReader parser = assertDoesNotThrow(() -> XMLHelper.newXMLReader());
        parser.setContentHandler(new SheetHandler.SharedStrings(4));
        assertThrows(SheetRows.TooLarge.class, () -> parser.parse(new InputSource(new ByteArrayInputStream(
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>一二三四五</t></si></sst>"
                        .getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void columnsOfReferences() {
        assertEquals(0, SheetRows.column("A1"));
        assertEquals(25, SheetRows.column("Z9"));
        assertEquals(26, SheetRows.column("AA10"));
        assertEquals(16_383, SheetRows.column("XFD1048576"));
        assertEquals(-1, SheetRows.column("1"));
        assertEquals(-1, SheetRows.column("ZZZZZZ1"));
    }

    @Test
    void readingStopsAtTheFirstRowPastTheLimit() throws IOException {
        String[][] rows = new String[6][];
        rows[0] = new String[] { "名称" };
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new String[] { "甲" + i };
        }
        byte[] xlsx = sheet(rows);

        TooManyRows e = assertThrows(TooManyRows.class, () -> XlsxTables.read(xlsx, 4));
        assertEquals(4, e.limit());
        assertEquals(5, XlsxTables.read(xlsx, 5).size());
    }

    /** One shared string of 40,000 characters: past Excel's cell limit, refused before it grows further. */
    @Test
    void aCellLongerThanExcelAllowsIsRefused() throws IOException {
        // POI will not write such a cell: the shared string is written by hand, of text that does not
        // compress like a zip bomb (POI's own ratio check would refuse it first).
        java.util.Random random = new java.util.Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x51A5)));
        }
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>";
        IOException shared = assertThrows(IOException.class, () -> XlsxTables.read(minimal(rows,
                "<si><t>名称</t></si><si><t>" + text + "</t></si>")));
        assertTrue(shared.getMessage().contains("32767"), shared.getMessage());
        IOException inline = assertThrows(IOException.class, () -> XlsxTables.read(minimal(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + text + text + "</t></is></c></row>")));
        assertTrue(inline.getMessage().contains("32767"), inline.getMessage());
        assertEquals(1, XlsxTables.read(sheet(new String[] {"名称"}, new String[] {"长".repeat(32_000)})).size());
    }

    /** A package without its workbook part: POI fails with a NullPointerException, the user hears of a broken file. */
    @Test
    void aWorkbookWithoutItsPartsIsABrokenFile() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"xl/workbook.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThrows(IOException.class, () -> XlsxTables.read(out.toByteArray()));
    }
}
