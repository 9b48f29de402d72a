package org.smartjustice.platform.internal.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.platform.api.sheets.Table;

/**
 * XLSX reading and the XLSX template, with Apache POI. Reading streams the first worksheet: POI
 * opens the package (part by part, with its zip-bomb checks, after {@link ZipLimits}), finds the
 * first sheet in tab order and the styles; the shared strings and the sheet are parsed with SAX
 * by {@link SheetHandler}, so a large file costs little more than the {@link Table} it yields.
 * Every cell is read as text ({@link CellText}), rows and headers as {@link SheetRows} describes.
 * Anything that is not a readable XLSX is an {@link IOException} with a message for the user.
 */
public final class XlsxTables {

    private XlsxTables() {
    }

    public static Table read(byte[] bytes) throws IOException {
        return read(bytes, Integer.MAX_VALUE);
    }

    /** @throws TooManyRows at the first data row past {@code maxRows}, without reading further */
    public static Table read(byte[] bytes, int maxRows) throws IOException {
        if (UploadKind.starts(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new IOException("这是旧版 Excel（.xls）或加密的工作簿，请在 Excel 中另存为 .xlsx（不设密码）后再导入");
        }
        if (!UploadKind.starts(bytes, 'P', 'K', 3, 4)) {
            throw new IOException("不是 XLSX 文件");
        }
        // POI reads a package from a file lazily, part by part; from a stream it would hold every part inflated.
        Path file = Files.createTempFile("venues-import-", ".xlsx");
        try {
            Files.write(file, bytes);
            ZipLimits.check(file);
            return readPackage(file, maxRows);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Table readPackage(Path file, int maxRows) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | IllegalArgumentException e) {
            // includes POI's NotOfficeXmlFileException: a ZIP, but not an Office document
            throw new IOException("不是有效的 XLSX 文件", e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            SheetHandler.SharedStrings shared = new SheetHandler.SharedStrings();
            List<PackagePart> sst = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (!sst.isEmpty()) {
                try (InputStream in = sst.get(0).getInputStream()) {
                    parse(in, shared);
                }
            }
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("工作簿中没有工作表");
            }
            SheetRows rows = new SheetRows(SheetRows.MAX_CHARS, maxRows);
            try (InputStream sheet = sheets.next()) {
                parse(sheet, new SheetHandler(shared.strings, styles, rows));
            }
            return rows.table();
        } catch (SheetRows.RowLimit e) {
            throw new TooManyRows(maxRows);
        } catch (SheetRows.TooLarge e) {
            throw new IOException(e.getMessage(), e);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | RecordFormatException
                 | SAXException | ParserConfigurationException | IllegalArgumentException | IllegalStateException
                 | IndexOutOfBoundsException | NullPointerException e) {
            // POI answers a workbook missing one of its parts (workbook.xml, a sheet, the relations) with an NPE.
            throw new IOException("XLSX 文件内容损坏或不合规，无法读取", e);
        } finally {
            pkg.revert();
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException, ParserConfigurationException {
        // POI's reader: namespace-aware, no DTDs, no external entities, entity expansion limited
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(in));
    }

    /**
     * One sheet: the header row (bold, frozen) and the example row; text columns formatted as
     * text, number columns' examples as numbers, widths to fit.
     */
    public static byte[] template(SheetTemplate template) {
        List<SheetColumn> columns = template.columns();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(template.sheetName());
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFCellStyle head = workbook.createCellStyle();
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            XSSFCellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            XSSFRow headerRow = sheet.createRow(0);
            XSSFRow exampleRow = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                SheetColumn column = columns.get(i);
                XSSFCell h = headerRow.createCell(i);
                h.setCellValue(column.header());
                h.setCellStyle(head);
                boolean asText = column.format() == SheetColumn.Format.TEXT;
                if (asText) {
                    sheet.setDefaultColumnStyle(i, text);
                }
                if (!column.example().isEmpty()) {
                    XSSFCell cell = exampleRow.createCell(i);
                    if (column.format() == SheetColumn.Format.NUMBER) {
                        cell.setCellValue(Double.parseDouble(column.example()));
                    } else {
                        cell.setCellValue(column.example());
                        if (asText) {
                            cell.setCellStyle(text);
                        }
                    }
                }
                sheet.setColumnWidth(i, width(column.header(), column.example()));
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column width in 1/256 of a character: Chinese characters count double, within 8..60 characters. */
    static int width(String... texts) {
        int widest = 0;
        for (String t : texts) {
            int w = 0;
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                w += cp >= 0x2E80 ? 2 : 1;
                i += Character.charCount(cp);
            }
            widest = Math.max(widest, w);
        }
        return Math.min(Math.max(widest + 2, 8), 60) * 256;
    }
}
