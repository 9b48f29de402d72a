package org.smartjustice.platform.internal.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.platform.api.sheets.SpreadsheetCells;

/** Writes data tables (exports, reports) as CSV or XLSX. */
final class SheetWriter {

    /** Rows XLSX keeps in memory while writing; the rest go to a temporary file. */
    static final int WINDOW = 200;
    /** Rows looked at to size the columns. */
    static final int SIZED_ROWS = 100;

    private SheetWriter() {
    }

    static byte[] csv(SheetTemplate columns, List<List<String>> rows) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(columns.headers());
            for (List<String> row : rows) {
                List<String> cells = new ArrayList<>(columns.columns().size());
                for (int i = 0; i < columns.columns().size(); i++) {
                    String v = i < row.size() ? row.get(i) : null;
                    cells.add(v == null ? "" : columns.columns().get(i).format() == SheetColumn.Format.NUMBER
                            && isNumber(v) ? v : SpreadsheetCells.text(v));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(SheetTemplate columns, List<List<String>> rows) {
        List<SheetColumn> cols = columns.columns();
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet(columns.sheetName());
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle head = workbook.createCellStyle();
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < cols.size(); i++) {
                Cell h = header.createCell(i);
                h.setCellValue(cols.get(i).header());
                h.setCellStyle(head);
                sheet.setColumnWidth(i, width(cols.get(i).header(), rows, i));
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<String> row : rows) {
                Row x = sheet.createRow(r++);
                for (int i = 0; i < cols.size() && i < row.size(); i++) {
                    String v = row.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = x.createCell(i);
                    if (cols.get(i).format() == SheetColumn.Format.NUMBER && isNumber(v)) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else {
                        // A string cell is not evaluated as written, but Excel takes it for a formula once
                        // someone edits it: marked as in CSV (DESIGN §5).
                        cell.setCellValue(SpreadsheetCells.text(v));
                        if (cols.get(i).format() == SheetColumn.Format.TEXT) {
                            cell.setCellStyle(text);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static int width(String headerText, List<List<String>> rows, int column) {
        List<String> texts = new ArrayList<>();
        texts.add(headerText);
        for (int r = 0; r < rows.size() && r < SIZED_ROWS; r++) {
            List<String> row = rows.get(r);
            if (column < row.size() && row.get(column) != null) {
                texts.add(row.get(column));
            }
        }
        return XlsxTables.width(texts.toArray(String[]::new));
    }

    static boolean isNumber(String v) {
        try {
            Double.parseDouble(v);
            return !v.isBlank() && Character.isDigit(v.charAt(v.length() - 1));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
