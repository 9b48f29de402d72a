package org.smartjustice.platform.internal.sheets;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.core.MediaType;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.Upload;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.platform.api.sheets.Spreadsheets;
import org.smartjustice.platform.api.sheets.Table;

/** {@link Spreadsheets}: the bytes decide what a file is; every refusal is a problem naming what to fix. */
@Component(service = Spreadsheets.class)
public class SpreadsheetService implements Spreadsheets {

    static final String XLSX = org.smartjustice.platform.api.rest.Downloads.XLSX;
    /**
     * Reads at once: one. A read holds the upload, its decoded text and the table (up to twice
     * {@code SheetRows.MAX_CHARS} characters) — some 150 MB at worst, which the default heap can
     * give to one read beside everything else, not to several. Imports are rare; others wait.
     */
    static final int READERS = 1;
    static final int WAIT_SECONDS = 20;

    private final Semaphore readers = new Semaphore(READERS, true);

    @Override
    public Table read(Upload upload, String format, String charset, int maxRows) {
        try {
            if (!readers.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ProblemException(503, "sheets-busy", "导入繁忙", "正在读取的表格过多，请稍后再试");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "sheets-busy", "导入繁忙", "请求被中断，请稍后再试");
        }
        try {
            return readNow(upload, format, charset, maxRows);
        } finally {
            readers.release();
        }
    }

    private Table readNow(Upload upload, String format, String charset, int maxRows) {
        if (format != null && !format.equalsIgnoreCase("xlsx") && !format.equalsIgnoreCase("csv")) {
            throw ProblemException.invalidField("format", "应为 csv 或 xlsx");
        }
        MediaType type = mediaType(upload.contentType());
        boolean declaredXlsx = "xlsx".equalsIgnoreCase(format)
                || format == null && type != null && XLSX.equals(type.getType() + "/" + type.getSubtype());
        UploadKind kind;
        try {
            kind = UploadKind.of(upload.bytes());
        } catch (UploadKind.Unsupported e) {
            throw new ProblemException(415, "unsupported-file", "不支持的文件类型",
                    "上传的文件是" + e.detected() + "，只能导入 CSV 文本或 XLSX 工作簿");
        }
        // The bytes decide; a file declared as a workbook that is none is the user's mistake to hear of.
        boolean xlsx = kind == UploadKind.XLSX;
        if (declaredXlsx && !xlsx) {
            throw ProblemException.invalidField("body", "无法读取 XLSX 文件：不是 XLSX 文件");
        }
        try {
            return xlsx ? XlsxTables.read(upload.bytes(), maxRows)
                    : CsvTables.read(upload.bytes(), charset(charset, type), maxRows);
        } catch (TooManyRows e) {
            throw new ProblemException(413, "too-many-rows", "数据行过多", e.getMessage(),
                    List.of(new FieldError("body", "超过 " + e.limit() + " 行")));
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.invalidField("body", (xlsx ? "无法读取 XLSX 文件" : "无法读取 CSV 文件") + "：" + e.getMessage());
        }
    }

    private static MediaType mediaType(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        try {
            return MediaType.valueOf(declared);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset charset(String param, MediaType type) {
        String name = param != null ? param : type == null ? null : type.getParameters().get("charset");
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("charset", "不支持的字符集 " + name + "，可选 UTF-8、GB18030");
        }
    }

    @Override
    public byte[] csv(SheetTemplate template) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(template.headers());
            printer.printRecord(template.columns().stream().map(SheetColumn::example).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] xlsx(SheetTemplate template) {
        return XlsxTables.template(template);
    }

    @Override
    public byte[] csv(SheetTemplate columns, List<List<String>> rows) {
        return SheetWriter.csv(columns, rows);
    }

    @Override
    public byte[] xlsx(SheetTemplate columns, List<List<String>> rows) {
        return SheetWriter.xlsx(columns, rows);
    }
}
