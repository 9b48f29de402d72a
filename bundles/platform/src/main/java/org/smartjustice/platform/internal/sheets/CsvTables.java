package org.smartjustice.platform.internal.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.smartjustice.platform.api.sheets.SpreadsheetCells;
import org.smartjustice.platform.api.sheets.Table;

/**
 * Reads CSV as Chinese office software writes it: UTF-8 with or without BOM, or GB18030 (which
 * covers GBK and GB2312). Without a declared charset the bytes decide: valid UTF-8 is UTF-8,
 * anything else is read as GB18030.
 */
public final class CsvTables {

    public static final Charset GB18030 = Charset.forName("GB18030");
    /** Columns of a table at most: an import layout has a few dozen. */
    static final int MAX_COLUMNS = 1000;

    private CsvTables() {
    }

    public static Table read(byte[] bytes, Charset declared) throws IOException {
        return read(bytes, declared, Integer.MAX_VALUE);
    }

    /** @throws TooManyRows at the first data row past {@code maxRows}, without reading further */
    public static Table read(byte[] bytes, Charset declared, int maxRows) throws IOException {
        String text = decode(bytes, declared);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> headers = new ArrayList<>();
            for (String h : parser.getHeaderNames()) {
                headers.add(h.trim());
            }
            if (headers.size() > MAX_COLUMNS) {
                throw new IOException("表头超过 " + MAX_COLUMNS + " 列");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            long chars = 0;
            for (CSVRecord r : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < r.size(); i++) {
                    String cell = r.get(i);
                    if (cell.length() > SheetRows.MAX_CELL_CHARS) {
                        throw new IOException("第 " + (r.getRecordNumber() + 1) + " 行有单元格超过 " + SheetRows.MAX_CELL_CHARS
                                + " 个字符（Excel 单元格的上限）");
                    }
                    chars += cell.length();
                    row.put(headers.get(i), SpreadsheetCells.read(cell));
                }
                if (chars > SheetRows.MAX_CHARS) {
                    throw new IOException("表格内容过多，请拆分为多个文件导入");
                }
                if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new TooManyRows(maxRows);
                }
                rows.add(row);
                // Physical line numbers are off for cells with line breaks; the record number is what users count.
                numbers.add((int) r.getRecordNumber() + 1);
            }
            return new Table(headers, rows, numbers);
        } catch (UncheckedIOException e) {
            // commons-csv reports a malformed record (an unterminated quote) while iterating.
            throw e.getCause();
        }
    }

    static String decode(byte[] bytes, Charset declared) throws CharacterCodingException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (declared != null) {
            return strict(bytes, declared);
        }
        try {
            return strict(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return strict(bytes, GB18030);
        }
    }

    private static String strict(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
